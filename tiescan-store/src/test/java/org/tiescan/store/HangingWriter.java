package org.tiescan.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run as a separate JVM by {@link KilledWriterTest}: starts an import (or an index build) in the
 * given data directory, says "HANGING" half-way through, and waits to be killed.
 */
public final class HangingWriter {
  private HangingWriter() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    try (DataDirectory data = DataDirectory.open(dataDir)) {
      if (args[1].equals("import")) {
        int[] seen = {0};
        // commits every 100 entities, so the kill leaves committed staging rows behind
        new ListImporter(data, 100).importVersion("us-csl", null, Sources.editing(Sources.csl(), e -> {
          if (++seen[0] == 150) hang();
          return e;
        }), Path.of(args[2]));
      } else {
        data.indexes().rebuild((target, entities) -> {
          Files.writeString(target.resolve("part-1"), entities.next().id());
          hang();
        });
      }
    }
  }

  private static void hang() {
    System.out.println("HANGING");
    System.out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
