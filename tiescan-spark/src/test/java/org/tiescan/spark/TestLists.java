package org.tiescan.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.tiescan.graph.curated.CuratedListSource;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.sources.BundledList;
import org.tiescan.sources.BundledLists;
import org.tiescan.store.DataDirectory;

/**
 * The repository's bundled list snapshot (data/lists) and curated dataset (data/curated) imported
 * into one data directory, and its list bundle; made once per test JVM (about ten seconds).
 */
final class TestLists {
  private static Path dataDir;
  private static Path bundle;

  private TestLists() {}

  /** A data directory with the bundled lists and the curated dataset imported, as `tiescan lists import --bundled` leaves it. */
  static synchronized Path dataDir() throws IOException {
    if (dataDir != null) return dataDir;
    Path dir = TempDirs.create("tiescan-spark-test-data-");
    BundledLists lists = BundledLists.locate().orElseThrow(() -> new IllegalStateException("data/lists not found above " + Path.of("").toAbsolutePath()));
    Path curated = CuratedListSource.locate().orElseThrow(() -> new IllegalStateException("data/curated not found"));
    try (DataDirectory data = DataDirectory.open(dir)) {
      for (BundledList list : lists.lists()) {
        data.importer().importVersion(list.dataset().name(), null, list.source(), list.location());
      }
      data.importer().importVersion(CuratedListSource.NAME, null, new CuratedListSource(), curated.toAbsolutePath().normalize());
      Path b = TempDirs.create("tiescan-spark-test-bundle-");
      ListBundle.write(data, b);
      bundle = b;
    }
    dataDir = dir;
    return dataDir;
  }

  /** The list bundle directory of {@link #dataDir}. */
  static synchronized Path bundle() throws IOException {
    dataDir();
    return bundle;
  }
}
