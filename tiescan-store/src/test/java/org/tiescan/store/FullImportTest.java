package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;
import org.tiescan.sources.BundledList;
import org.tiescan.sources.BundledLists;

/**
 * Imports the whole May 2022 CSL (14,160 rows) from the shared data and the bundled snapshot, to show
 * the store handles full real lists; prints the import times (measured, never asserted). Opt-in, as it
 * takes seconds: {@code ./mvnw -B -o -pl tiescan-store -am test -Dtiescan.store.full=true}.
 */
@EnabledIfSystemProperty(named = "tiescan.store.full", matches = "true")
class FullImportTest {
  @TempDir Path dir;

  @Test
  void theFullCslImportsAndStreamsBackCompletely() throws Exception {
    Path csl = Path.of(System.getProperty("tiescan.shared.data", "../../shared/data"))
        .resolve("lists/us-csl/consolidated-2022-05.csv");
    Assumptions.assumeTrue(Files.isRegularFile(csl), "shared data not found: " + csl);
    try (DataDirectory data = DataDirectory.open(dir)) {
      long start = System.nanoTime();
      ImportResult result = data.importer().importVersion("us-csl", null, Sources.csl(), csl);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("[tiescan-store] imported %d CSL records in %d ms%n",
          result.version().recordCount(), millis);

      // 14,160 rows, of which 112 repeat an _id: a Treasury entry on several component lists, merged.
      assertThat(result.version().recordCount()).isEqualTo(14_160 - 112);
      Entity arimero = data.catalog().entity("us-csl-34616").orElseThrow();
      assertThat(arimero.caption()).isEqualTo("ARIMERO HOLDING LIMITED");
      assertThat(arimero.designations()).extracting(d -> d.list()).containsExactlyInAnyOrder(
          "Specially Designated Nationals (SDN) - Treasury Department", "Capta List (CAP) - Treasury Department");
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

  @Test
  void theBundledSnapshotImportsAsOneCurrentVersionPerList() throws Exception {
    BundledLists bundled = BundledLists.locate().orElseThrow();
    try (DataDirectory data = DataDirectory.open(dir)) {
      long start = System.nanoTime();
      long entities = 0;
      for (BundledList list : bundled.lists()) {
        ImportResult r = data.importer().importVersion(list.dataset().name(), list.dataset(), list.source(),
            list.location());
        entities += r.version().recordCount();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      IndexBuild build = data.indexes().rebuild((target, it) -> it.forEachRemaining(e -> { }));
      System.out.printf("[tiescan-store] imported the bundled snapshot, %d entities, in %d ms%n", entities, millis);

      assertThat(data.catalog().status()).extracting(ListStatus::dataset)
          .containsExactlyElementsOf(bundled.lists().stream().map(l -> l.dataset().name()).sorted().toList());
      assertThat(build.versionIds()).hasSize(bundled.lists().size());
    }
  }
}
