package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories (bundle zips on the driver, unpacked bundles on executors) removed when the JVM exits. */
final class TempDirs {
  private TempDirs() {}

  /** A new temporary directory, deleted with its contents at JVM exit. */
  static Path create(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "tiescan-temp-cleanup"));
    return dir;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      delete(dir);
    } catch (IOException e) {
      // the JVM is exiting; a leftover temp directory is all that is lost
    }
  }
}
