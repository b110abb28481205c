package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes what a failed or killed import or index build left behind: staging versions (with their
 * entities), builds stuck in 'building', and {@code indexes/*.tmp} directories. Runs only while no
 * one else holds the writer lock, so it never touches an import in progress.
 */
final class Leftovers {
  private Leftovers() {}

  static void cleanIfIdle(DataDirectory data) throws IOException {
    try (WriterLock lock = WriterLock.tryAcquire(data.root(), "cleaning leftovers")) {
      if (lock == null) return;
      cleanDatabase(data);
      deleteTmpDirectories(data.indexesDir());
    }
  }

  private static void cleanDatabase(DataDirectory data) {
    try (Connection c = data.connect(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.executeUpdate("DELETE FROM list_versions WHERE status = 'staging'");
      st.executeUpdate("UPDATE index_builds SET status = 'failed', message = 'interrupted'"
          + " WHERE status = 'building'");
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot clean up after an interrupted import: " + e.getMessage(), e);
    }
  }

  private static void deleteTmpDirectories(Path indexes) throws IOException {
    List<Path> tmp;
    try (Stream<Path> s = Files.list(indexes)) {
      tmp = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
    for (Path p : tmp) DirectoryTrees.delete(p);
  }
}
