package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.ListSources;
import org.tiescan.sources.SourceFormatException;

/**
 * Damaged copies of a real list imported through the store: each import either becomes a complete
 * current version (its stored entities are exactly its record count) or fails and leaves the store
 * as it was, with no staging rows. Also the download record of a fetched version (V2 migration).
 */
class FuzzedImportTest {
  private static final Path UN = Path.of("../tiescan-sources/src/test/resources/official/un-sc-consolidated-excerpt.xml");
  private static final Path UK = Path.of("../tiescan-sources/src/test/resources/official/uk-sanctions-list-excerpt.xml");
  private static final Path CSL = Path.of(System.getProperty("tiescan.shared.data")).resolve("lists/us-csl/sample-2023.csv");

  @TempDir Path tmp;

  @Test
  void damagedXmlAndCsvNeverLeaveAHalfImportedVersion() throws Exception {
    check("un-sc-sanctions", UN, "xml");
    check("us-csl", CSL, "csv");
    check("uk-sanctions-list", UK, "xml");
  }

  private void check(String list, Path original, String ext) throws Exception {
    byte[] bytes = Files.readAllBytes(original);
    Random random = new Random(7);
    try (DataDirectory data = DataDirectory.open(tmp.resolve("data-" + list))) {
      data.importer().importVersion(list, null, ListSources.forName(list, original), original);
      for (int i = 0; i < 12; i++) {
        List<ListVersion> before = data.catalog().versions(list);
        Path file = Files.write(tmp.resolve(list + "-" + i + "." + ext), damage(bytes, random, i));
        ListSource source = ListSources.forName(list, file);
        try {
          ImportResult r = data.importer().importVersion(list, null, source, file, ImportOptions.DEFAULT.forced());
          assertThat(storedEntities(data, r.version().id())).isEqualTo(r.version().recordCount());
          assertThat(data.catalog().currentVersion(list)).map(ListVersion::id).contains(r.version().id());
        } catch (SourceFormatException | StoreException e) {
          assertThat(data.catalog().versions(list)).as("case %d: %s", i, e.getMessage()).isEqualTo(before);
        }
        assertThat(stagingVersions(data)).as("case %d", i).isZero();
      }
    }
  }

  private static byte[] damage(byte[] bytes, Random random, int i) {
    if (i % 2 == 0) return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    byte[] copy = bytes.clone();
    for (int k = 0; k < 3; k++) copy[random.nextInt(copy.length)] = (byte) "\"<,;&\n\u00ff".charAt(random.nextInt(7));
    return copy;
  }

  @Test
  void aFetchedVersionKeepsUrlStatusEtagAndChecksumAndShowsTheUrlAsItsSource() throws Exception {
    try (DataDirectory data = DataDirectory.open(tmp.resolve("data"))) {
      ImportResult r = data.importer().importVersion("un-sc-sanctions", null, ListSources.forName("un-sc-sanctions", UN), UN);
      FetchRecord f = new FetchRecord("https://scsanctions.un.org/resources/xml/en/consolidated.xml",
          Instant.parse("2026-02-27T06:00:00Z"), 200, "\"abc\"", "Fri, 27 Feb 2026 00:00:09 GMT", "application/xml",
          Files.size(UN), Checksums.sha256(UN));
      data.fetches().record(r.version().id(), f);
      assertThat(data.fetches().forVersion(r.version().id())).contains(f);
      assertThat(data.catalog().version(r.version().id()).orElseThrow().sourceLocation()).isEqualTo(f.url());
      assertThat(data.fetches().forVersion(r.version().id() + 1)).isEmpty();
    }
  }

  private static long storedEntities(DataDirectory data, long versionId) throws Exception {
    try (Connection c = data.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM entities WHERE version_id = " + versionId)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long stagingVersions(DataDirectory data) throws Exception {
    try (Connection c = data.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM list_versions WHERE status = 'staging'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
