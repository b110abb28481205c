package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes a directory with everything in it: the one place that walks a tree to remove it (staged
 * imports and index builds, downloads, uploads, temporary directories of the Spark engine and benchmarks).
 */
public final class DirectoryTrees {
  private DirectoryTrees() {}

  /** Deletes {@code dir} and its contents, deepest first; nothing happens when it does not exist. */
  public static void delete(Path dir) throws IOException {
    for (Path p : deepestFirst(dir)) Files.deleteIfExists(p);
  }

  /**
   * Deletes what it can of {@code dir}, going on past files it cannot remove: for leftovers whose
   * removal must not fail the work (a temporary upload, a directory left at exit).
   *
   * @return whether {@code dir} is gone
   */
  public static boolean deleteQuietly(Path dir) {
    if (dir == null) return true;
    try {
      for (Path p : deepestFirst(dir)) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a file in use or without permission stays; its directories then stay too
        }
      }
    } catch (IOException e) {
      // the tree could not be listed: nothing is deleted
    }
    return !Files.exists(dir);
  }

  private static List<Path> deepestFirst(Path dir) throws IOException {
    if (!Files.exists(dir)) return List.of();
    try (Stream<Path> all = Files.walk(dir)) {
      return all.sorted(Comparator.reverseOrder()).toList();
    }
  }
}
