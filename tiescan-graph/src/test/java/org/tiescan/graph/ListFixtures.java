package org.tiescan.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.Entity;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.compiled.Dod1260hSource;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.sources.compiled.FccCoveredSource;
import org.tiescan.sources.ofac.OfacLegacySource;

/**
 * Real list records from ../shared/data, as the project's list readers hand them to the graph:
 * OFAC consolidated ("Linked To:" in {@code linkedTo}), DoD 1260H ("Parent Name" in {@code parent})
 * and the 2024 FCC Covered List (subsidiaries as entities with {@code parent}).
 */
final class ListFixtures {
  private ListFixtures() {}

  static Path shared() {
    return Path.of(System.getProperty("tiescan.shared.data"));
  }

  static List<Entity> ofacConsolidated() throws IOException {
    return read(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED), "lists/us-ofac-consolidated");
  }

  static List<Entity> dod1260h() throws IOException {
    return read(new Dod1260hSource(), "lists/us-dod-1260h/1260h.csv");
  }

  static List<Entity> fccCovered() throws IOException {
    return read(new FccCoveredSource(), "lists/us-fcc-covered/data-2024-04-19.csv");
  }

  /** The CSL's copies of the NS-CMIC records (May 2022 CSL, 68 rows; their _id is OFAC's entity number). */
  static List<Entity> cslNsCmic() throws IOException {
    return read(new CslCsvSource(), "lists/us-csl/consolidated-2022-05.csv").stream()
        .filter(e -> e.designations().stream().anyMatch(d -> d.dataset().equals("us-ofac-ns-cmic"))).toList();
  }

  private static List<Entity> read(ListSource source, String path) throws IOException {
    List<Entity> out = new ArrayList<>();
    source.read(shared().resolve(path), out::add);
    return out;
  }
}
