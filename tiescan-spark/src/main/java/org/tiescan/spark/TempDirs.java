package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tiescan.store.DirectoryTrees;

/** Temporary directories (bundle zips on the driver, unpacked bundles on executors) removed when the JVM exits. */
final class TempDirs {
  private TempDirs() {}

  /** A new temporary directory, deleted with its contents at JVM exit. */
  static Path create(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    // the JVM is exiting: a leftover temp directory is all that is lost
    Runtime.getRuntime().addShutdownHook(new Thread(() -> DirectoryTrees.deleteQuietly(dir), "tiescan-temp-cleanup"));
    return dir;
  }
}
