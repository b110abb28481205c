package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;

class IndexBuildsTest {
  @TempDir Path dir;

  /** A stand-in for the match index: writes every current entity id, one per line. */
  private static final IndexBuilder ID_LIST = (target, entities) -> {
    List<String> ids = new ArrayList<>();
    entities.forEachRemaining(e -> ids.add(e.id()));
    Files.write(target.resolve("ids.txt"), ids);
  };

  @Test
  void rebuildStreamsTheCurrentEntitiesIntoANewCurrentBuild() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      ImportResult imported = data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);

      IndexBuild build = data.indexes().rebuild(ID_LIST);

      assertThat(build.status()).isEqualTo("current");
      assertThat(build.path()).isEqualTo(data.indexesDir().resolve(Long.toString(build.id())));
      assertThat(build.versionIds()).containsExactly(imported.version().id());
      List<String> expected = ListImporterTest.readCurrent(data).stream().map(Entity::id).toList();
      assertThat(Files.readAllLines(build.path().resolve("ids.txt"))).isEqualTo(expected).hasSize(300);
      assertThat(data.indexes().current()).contains(build);
      assertThat(data.indexes().isCurrentUpToDate()).isTrue();
      assertThat(tmpDirs(data)).isEmpty();
    }
  }

  @Test
  void aFailingBuildLeavesThePreviousBuildCurrentAndIntact() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      IndexBuild good = data.indexes().rebuild(ID_LIST);
      String goodContent = Files.readString(good.path().resolve("ids.txt"));

      assertThatThrownBy(() -> data.indexes().rebuild((target, entities) -> {
        Files.writeString(target.resolve("ids.txt"), entities.next().id());
        throw new IOException("disk full (simulated)");
      })).isInstanceOf(IOException.class).hasMessage("disk full (simulated)");

      assertThat(data.indexes().current()).contains(good);
      assertThat(Files.readString(good.path().resolve("ids.txt"))).isEqualTo(goodContent);
      assertThat(data.indexes().all()).extracting(IndexBuild::status).containsExactly("failed", "current");
      assertThat(tmpDirs(data)).isEmpty();
    }
  }

  @Test
  void aBuildInterruptedByAKillIsMarkedFailedOnOpen() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      IndexBuild good = data.indexes().rebuild(ID_LIST);
      ListImporterTest.execute(data, "INSERT INTO index_builds (id, created_at, path, status)"
          + " VALUES (50, '2026-01-01T00:00:00Z', 'indexes/50', 'building')");
      Files.createDirectories(data.indexesDir().resolve("50.tmp"));
    }
    try (DataDirectory reopened = DataDirectory.open(dir)) {
      assertThat(reopened.indexes().build(50)).map(IndexBuild::status).contains("failed");
      assertThat(reopened.indexes().current()).map(IndexBuild::id).isPresent().isNotEqualTo(50L);
      assertThat(tmpDirs(reopened)).isEmpty();
    }
  }

  @Test
  void aNewListVersionMakesTheIndexStaleAndOldBuildsArePruned() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      IndexBuild first = data.indexes().rebuild(ID_LIST);
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      assertThat(data.indexes().isCurrentUpToDate()).isFalse();

      IndexBuild second = data.indexes().rebuild(ID_LIST);
      IndexBuild third = data.indexes().rebuild(ID_LIST);

      assertThat(data.indexes().isCurrentUpToDate()).isTrue();
      assertThat(first.path()).doesNotExist();
      assertThat(second.path()).exists();
      assertThat(third.path()).exists();
    }
  }

  private static List<Path> tmpDirs(DataDirectory data) throws IOException {
    try (Stream<Path> s = Files.list(data.indexesDir())) {
      return s.filter(p -> p.toString().endsWith(".tmp")).toList();
    }
  }
}
