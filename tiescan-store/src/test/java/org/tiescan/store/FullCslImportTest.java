package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;

/**
 * Imports the whole May 2022 CSL (14,160 rows) from the shared data and streams it back, to show the
 * store handles a full real list; prints the import time (measured, never asserted).
 */
class FullCslImportTest {
  @TempDir Path dir;

  @Test
  void theFullCslImportsAndStreamsBackCompletely() throws Exception {
    Path csl = Path.of(System.getProperty("tiescan.shared.data", "../../shared/data"))
        .resolve("lists/us-csl/consolidated-2022-05.csv");
    Assumptions.assumeTrue(Files.isRegularFile(csl), "shared data not found: " + csl);
    try (DataDirectory data = DataDirectory.open(dir)) {
      long start = System.nanoTime();
      ImportResult result = data.importer().importVersion("us-csl", null, new CslTestSource(), csl);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("[tiescan-store] imported %d CSL records in %d ms%n",
          result.version().recordCount(), millis);

      assertThat(result.version().recordCount() + result.version().problemCount()).isEqualTo(14_160);
      // The real file repeats 112 _ids (OFAC ent_nums shared by SDN and CAP rows): reported, first kept.
      assertThat(data.catalog().problems(result.version().id()))
          .allSatisfy(p -> assertThat(p.message()).startsWith("duplicate entity id us-csl-"));
      long streamed = 0;
      String previousId = "";
      try (EntityCursor cursor = data.catalog().currentEntities()) {
        while (cursor.hasNext()) {
          Entity e = cursor.next();
          if (e.id().compareTo(previousId) <= 0) throw new AssertionError("not in id order: " + e.id());
          previousId = e.id();
          streamed++;
        }
      }
      assertThat(streamed).isEqualTo(result.version().recordCount());
    }
  }
}
