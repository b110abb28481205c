package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;

class ListImporterTest {
  @TempDir Path dir;

  private final ListSource csl = Sources.csl();

  @Test
  void importedEntitiesReadBackIdentical() throws Exception {
    List<Entity> expected = sortedById(Sources.readAll(csl, Sources.CSL_SLICE));
    try (DataDirectory data = DataDirectory.open(dir)) {
      ImportResult result = data.importer().importVersion("us-csl", Sources.CSL_2022_05, csl, Sources.CSL_SLICE);

      assertThat(result.previousVersionId()).isNull();
      assertThat(result.version().status()).isEqualTo(VersionStatus.CURRENT);
      assertThat(result.version().recordCount()).isEqualTo(expected.size()).isEqualTo(300);
      assertThat(result.version().sha256()).isEqualTo(sha256Of(Sources.CSL_SLICE));
      assertThat(readCurrent(data)).isEqualTo(expected);
      Entity some = expected.get(123);
      assertThat(data.catalog().entity(some.id())).contains(some);
      assertThat(data.catalog().entity("us-csl-no-such-id")).isEmpty();
    }
  }

  @Test
  void statusDescribesTheCurrentVersion() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", Sources.CSL_2022_05, csl, Sources.CSL_SLICE);

      List<ListStatus> status = data.catalog().status(java.time.LocalDate.parse("2022-05-31"));

      assertThat(status).singleElement().satisfies(s -> {
        assertThat(s.dataset()).isEqualTo("us-csl");
        assertThat(s.title()).isEqualTo("Consolidated Screening List (trade.gov)");
        assertThat(s.snapshotDate()).isEqualTo("2022-05-01");
        assertThat(s.recordCount()).isEqualTo(300);
        assertThat(s.ageDays()).isEqualTo(30);
        assertThat(s.sourceLocation()).isEqualTo(Sources.CSL_SLICE.toAbsolutePath().normalize().toString());
      });
    }
  }

  @Test
  void secondImportBecomesCurrentAndSupersedesTheFirst() throws Exception {
    List<Entity> all = sortedById(Sources.readAll(csl, Sources.CSL_SLICE));
    List<String> dropped = all.subList(0, 12).stream().map(Entity::id).toList();
    Entity edited = all.get(40);
    try (DataDirectory data = DataDirectory.open(dir)) {
      long v1 = data.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();
      ListSource second = Sources.editing(csl, e -> dropped.contains(e.id()) ? null
          : e.id().equals(edited.id()) ? e.toBuilder().add(Prop.ALIAS, "EXTRA ALIAS FOR TEST").build() : e);

      ImportResult r2 = data.importer().importVersion("us-csl", null, second, Sources.CSL_SLICE);

      assertThat(r2.previousVersionId()).isEqualTo(v1);
      assertThat(r2.version().snapshotDate()).as("taken from the reader when no meta is given").isEqualTo("2022-05-01");
      assertThat(r2.version().recordCount()).isEqualTo(288);
      assertThat(data.catalog().versions("us-csl")).extracting(ListVersion::id, ListVersion::status)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(r2.version().id(), VersionStatus.CURRENT),
              org.assertj.core.groups.Tuple.tuple(v1, VersionStatus.SUPERSEDED));
      assertThat(data.catalog().entity(dropped.get(0))).isEmpty();
      assertThat(data.catalog().entity(edited.id()).orElseThrow().values(Prop.ALIAS))
          .contains("EXTRA ALIAS FOR TEST");
      assertThat(count(data, "SELECT count(*) FROM entities e JOIN list_versions v ON v.id = e.version_id"
          + " WHERE v.status = 'current'")).isEqualTo(288);
    }
  }

  @Test
  void importFailingHalfwayLeavesThePreviousVersionCurrentAndNoStaging() throws Exception {
    List<Entity> expected = sortedById(Sources.readAll(csl, Sources.CSL_SLICE));
    try (DataDirectory data = DataDirectory.open(dir)) {
      long v1 = data.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();

      assertThatThrownBy(() -> data.importer().importVersion("us-csl", null,
          Sources.failingAfter(csl, 150), Sources.CSL_SLICE))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("simulated failure");

      assertThat(data.catalog().currentVersion("us-csl")).map(ListVersion::id).contains(v1);
      assertThat(readCurrent(data)).isEqualTo(expected);
    }
    try (DataDirectory reopened = DataDirectory.open(dir)) {
      assertThat(count(reopened, "SELECT count(*) FROM list_versions WHERE status = 'staging'")).isZero();
      assertThat(count(reopened, "SELECT count(*) FROM entities")).isEqualTo(300);
      assertThat(readCurrent(reopened)).isEqualTo(expected);
    }
  }

  @Test
  void anImportCommittedInChunksIsReadBackIdenticalAndAFailedOneLeavesNothing() throws Exception {
    List<Entity> expected = sortedById(Sources.readAll(csl, Sources.CSL_SLICE));
    try (DataDirectory data = DataDirectory.open(dir)) {
      ListImporter chunked = new ListImporter(data, 100);
      long v1 = chunked.importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();
      assertThat(readCurrent(data)).isEqualTo(expected);

      assertThatThrownBy(() -> chunked.importVersion("us-csl", null, Sources.failingAfter(csl, 250),
          Sources.CSL_SLICE)).hasMessageContaining("simulated failure");

      assertThat(count(data, "SELECT count(*) FROM list_versions")).isEqualTo(1);
      assertThat(count(data, "SELECT count(*) FROM entities")).isEqualTo(300);
      assertThat(data.catalog().currentVersion("us-csl")).map(ListVersion::id).contains(v1);
    }
  }

  @Test
  void leftoversOfAKilledImportAreRemovedOnOpen() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      long v1 = data.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();
      // What a process killed after committing its staging version but before the flip leaves behind:
      execute(data, "INSERT INTO list_versions (id, dataset, imported_at, source_location, sha256, record_count,"
          + " status) VALUES (999, 'us-csl', '2026-01-01T00:00:00Z', '/x', 'abc', 1, 'staging')");
      execute(data, "INSERT INTO entities (version_id, entity_id, schema_name, caption, json, content_hash)"
          + " SELECT 999, entity_id, schema_name, caption, json, content_hash FROM entities WHERE version_id = " + v1);
      Files.createDirectories(data.indexesDir().resolve("7.tmp"));
      Files.writeString(data.indexesDir().resolve("7.tmp/segment"), "half written");
    }
    try (DataDirectory reopened = DataDirectory.open(dir)) {
      assertThat(count(reopened, "SELECT count(*) FROM list_versions WHERE status = 'staging'")).isZero();
      assertThat(count(reopened, "SELECT count(*) FROM entities WHERE version_id = 999")).isZero();
      assertThat(reopened.indexesDir().resolve("7.tmp")).doesNotExist();
      assertThat(reopened.catalog().currentVersion("us-csl")).map(ListVersion::recordCount).contains(300L);
    }
  }

  @Test
  void implausibleShrinkIsRefusedUnlessForced() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      long v1 = data.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();
      int[] n = {0};
      ListSource truncated = Sources.editing(csl, e -> n[0]++ < 120 ? e : null);

      assertThatThrownBy(() -> data.importer().importVersion("us-csl", null, truncated, Sources.CSL_SLICE))
          .isInstanceOf(ImplausibleUpdateException.class)
          .hasMessageContaining("120 records, down from 300")
          .satisfies(e -> assertThat(((ImplausibleUpdateException) e).newCount()).isEqualTo(120));
      assertThat(data.catalog().currentVersion("us-csl")).map(ListVersion::id).contains(v1);
      assertThat(count(data, "SELECT count(*) FROM list_versions")).isEqualTo(1);

      n[0] = 0;
      ImportResult forced = data.importer().importVersion("us-csl", null, truncated, Sources.CSL_SLICE,
          ImportOptions.DEFAULT.forced());
      assertThat(forced.version().recordCount()).isEqualTo(120);
      assertThat(data.catalog().currentVersion("us-csl")).map(ListVersion::id).contains(forced.version().id());
    }
  }

  @Test
  void emptyFirstImportIsRefused() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      ListSource nothing = Sources.editing(csl, e -> null);

      assertThatThrownBy(() -> data.importer().importVersion("us-csl", null, nothing, Sources.CSL_SLICE))
          .isInstanceOf(ImplausibleUpdateException.class).hasMessageContaining("no entities were read");
      assertThat(data.catalog().status()).isEmpty();
    }
  }

  @Test
  void recordsRepeatingAnIdAreMergedAndReaderProblemsKept() throws Exception {
    List<Entity> real = sortedById(Sources.readAll(csl, Sources.CSL_SLICE)).subList(0, 5);
    Entity repeat = Entity.builder(real.get(2).id(), real.get(2).schema())
        .add(Prop.ALIAS, "SECOND ROW ALIAS").sourceId("us-csl:second-row").build();
    ListSource source = new ListSource() {
      @Override public org.tiescan.model.Dataset dataset() { return Sources.CSL_2022_05; }

      @Override public void read(Path location, EntitySink sink) {
        real.forEach(sink::accept);
        sink.accept(repeat);
        sink.problem(new RecordProblem("list.csv", 17, "name", "empty name"));
      }
    };
    try (DataDirectory data = DataDirectory.open(dir)) {
      ImportResult r = data.importer().importVersion("us-csl", null, source, Sources.CSL_SLICE);

      assertThat(r.version().recordCount()).isEqualTo(5);
      assertThat(r.version().problemCount()).isEqualTo(1);
      assertThat(data.catalog().problems(r.version().id())).extracting(RecordProblem::toString)
          .containsExactly("list.csv:17 [name]: empty name");
      Entity merged = data.catalog().entity(real.get(2).id()).orElseThrow();
      assertThat(merged.names()).containsAll(real.get(2).names()).contains("SECOND ROW ALIAS");
      assertThat(merged.sourceIds()).containsAll(real.get(2).sourceIds()).contains("us-csl:second-row");
      assertThat(merged.designations()).isEqualTo(real.get(2).designations());
      assertThat(merged.schema()).isEqualTo(real.get(2).schema());
    }
  }

  @Test
  void aTreasuryEntryOnSeveralListsBecomesOneEntityWithOneDesignationPerList() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      ImportResult r = data.importer().importVersion("us-csl", null, csl,
          Path.of("src/test/resources/csl/csl-2022-05-multilist.csv"));

      assertThat(r.version().recordCount()).isEqualTo(2);
      assertThat(r.version().problemCount()).isZero();
      Entity arimero = data.catalog().entity("us-csl-34616").orElseThrow();
      assertThat(arimero.caption()).isEqualTo("ARIMERO HOLDING LIMITED");
      assertThat(arimero.designations()).extracting(d -> d.list()).containsExactlyInAnyOrder(
          "Specially Designated Nationals (SDN) - Treasury Department", "Capta List (CAP) - Treasury Department");
      assertThat(data.catalog().entity("us-csl-18725").orElseThrow().designations()).hasSize(3);
    }
  }

  @Test
  void aSecondImportWhileOneRunsFailsWithAClearMessage() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ListSource slow = Sources.editing(csl, e -> {
      started.countDown();
      await(release);
      return e;
    });
    try (DataDirectory first = DataDirectory.open(dir); DataDirectory second = DataDirectory.open(dir)) {
      CompletableFuture<ImportResult> running = CompletableFuture.supplyAsync(() -> {
        try {
          return first.importer().importVersion("us-csl", null, slow, Sources.CSL_SLICE);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> second.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE))
          .isInstanceOf(ImportInProgressException.class)
          .hasMessageContaining("another import is running in " + dir.toAbsolutePath())
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("importing us-csl");
      assertThatThrownBy(() -> second.indexes().rebuild((target, entities) -> {}))
          .isInstanceOf(ImportInProgressException.class);

      release.countDown();
      assertThat(running.get(60, TimeUnit.SECONDS).version().recordCount()).isEqualTo(300);
      // the lock is free again
      assertThat(second.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).previousVersionId())
          .isNotNull();
    }
  }

  @Test
  void directoryInputsAreChecksummedFileByFile() throws Exception {
    Path ofac = Files.createDirectories(dir.resolve("ofac"));
    Files.copy(Sources.CSL_SLICE, ofac.resolve("a.csv"));
    String before = Checksums.sha256(ofac);
    Files.writeString(ofac.resolve("b.csv"), "x");
    assertThat(Checksums.sha256(ofac)).isNotEqualTo(before);
    Files.delete(ofac.resolve("b.csv"));
    assertThat(Checksums.sha256(ofac)).isEqualTo(before);
  }

  static List<Entity> readCurrent(DataDirectory data) {
    List<Entity> out = new ArrayList<>();
    try (EntityCursor cursor = data.catalog().currentEntities()) {
      cursor.forEachRemaining(out::add);
    }
    return out;
  }

  static List<Entity> sortedById(List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities);
    out.sort(Comparator.comparing(Entity::id));
    return out;
  }

  static long count(DataDirectory data, String sql) throws SQLException {
    try (Connection c = data.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(DataDirectory data, String sql) throws SQLException {
    try (Connection c = data.connect(); Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  private static String sha256Of(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
