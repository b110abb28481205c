package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path dir;

  @Test
  void openCreatesTheLayoutInWalModeWithForeignKeys() throws Exception {
    Path root = dir.resolve("data");
    try (DataDirectory data = DataDirectory.open(root)) {
      assertThat(root.resolve("tiescan.db")).isRegularFile();
      assertThat(root.resolve("indexes")).isDirectory();
      assertThat(pragma(data, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(data, "foreign_keys")).isEqualTo("1");
    }
  }

  @Test
  void reopeningAppliesNoMigrationTwice() throws Exception {
    DataDirectory.open(dir).close();
    try (DataDirectory data = DataDirectory.open(dir)) {
      // V1 (lists, indexes, runs), V2 (case store), V3 (list fetches), each applied once
      assertThat(ListImporterTest.count(data, "SELECT count(*) FROM flyway_schema_history WHERE success = 1"))
          .isEqualTo(3);
      assertThat(ListImporterTest.count(data, "SELECT count(*) FROM screening_runs")).isZero();
    }
  }

  @Test
  void aFileThatIsNotADatabaseGivesAClearError() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("tiescan.db"), "this is not an SQLite database, but long enough to look like one");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataDirectory.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot prepare the database " + dir.resolve("tiescan.db"));
  }

  @Test
  void importingAMissingFileNamesIt() throws Exception {
    Path missing = dir.resolve("nowhere/consolidated.csv");
    try (DataDirectory data = DataDirectory.open(dir)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> data.importer().importVersion("us-csl", null, Sources.csl(), missing))
          .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining(missing.toString());
      assertThat(data.catalog().status()).isEmpty();
    }
  }

  @Test
  void ageIsCountedFromTheSnapshotDateElseFromTheImport() {
    LocalDate today = LocalDate.parse("2026-11-22");
    Instant imported = Instant.parse("2026-11-20T10:00:00Z");
    assertThat(ListCatalog.ageDays("2022-05-01", imported, today)).isEqualTo(1666);
    assertThat(ListCatalog.ageDays(null, imported, today)).isEqualTo(2);
    assertThat(ListCatalog.ageDays("May 2022", imported, today)).isEqualTo(2);
    assertThat(ListCatalog.ageDays("2022-05", imported, today)).isEqualTo(1666);
    assertThat(ListCatalog.ageDays("2021", imported, today)).isEqualTo(2151);
    assertThat(ListCatalog.ageDays("2025-12-31T23:00:00Z", imported, today)).isEqualTo(326);
  }

  private static String pragma(DataDirectory data, String name) throws Exception {
    try (Connection c = data.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
