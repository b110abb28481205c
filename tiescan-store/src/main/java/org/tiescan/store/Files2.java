package org.tiescan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for crash-safe directory publication. */
final class Files2 {
  private Files2() {}

  /** Forces every file under {@code dir}, and the directory entries, to disk. */
  static void fsyncTree(Path dir) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.toList();
    }
    for (Path p : all) {
      if (Files.isRegularFile(p)) fsync(p, false);
    }
    for (Path p : all) {
      if (Files.isDirectory(p)) fsync(p, true);
    }
  }

  static void fsync(Path p, boolean directory) throws IOException {
    try (FileChannel ch = FileChannel.open(p, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for fsync; the rename is still atomic there.
      if (!directory) throw e;
    }
  }
}
