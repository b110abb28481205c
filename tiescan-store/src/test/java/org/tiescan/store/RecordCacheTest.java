package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;

/** Records kept between runs, on real CSL records (the every-47th slice of the May 2022 copy). */
class RecordCacheTest {
  @TempDir Path dir;
  private DataDirectory data;
  private RecordCache cache;

  @BeforeEach
  void importTheCsl() throws Exception {
    data = DataDirectory.open(dir);
    data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
    cache = data.recordCache("graph-records");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void keepsRecordsInOrderUnderAKeyOfTheListVersions() throws Exception {
    List<Entity> picked = firstRecords(data, 5);
    String key = cache.key("cited: none");
    assertThat(cache.read(key, e -> {})).as("nothing kept yet").isFalse();

    try (RecordCache.Writer w = cache.writer(key)) {
      for (Entity e : picked) w.add(e);
      w.commit();
    }
    List<Entity> read = new ArrayList<>();
    assertThat(cache.read(key, read::add)).isTrue();
    assertThat(read.stream().map(EntityJson::toLine)).containsExactlyElementsOf(
        picked.stream().map(EntityJson::toLine).toList());
    assertThat(cache.key("cited: none")).isEqualTo(key);
    assertThat(cache.key("cited: us-csl-1")).as("the caller's part").isNotEqualTo(key);

    // a new version of the list: a new key, and the set of the old one goes when the new one is kept
    data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE, ImportOptions.DEFAULT.forced());
    String next = cache.key("cited: none");
    assertThat(next).isNotEqualTo(key);
    assertThat(cache.read(next, e -> {})).isFalse();
    try (RecordCache.Writer w = cache.writer(next)) {
      w.commit();
    }
    assertThat(cache.read(next, e -> {})).as("an empty set is a set").isTrue();
    assertThat(Files.exists(cache.file(key))).isFalse();
    assertThat(filesIn(dir.resolve(RecordCache.DIR))).containsExactly(cache.file(next).getFileName().toString());
  }

  @Test
  void aSetNotCommittedLeavesNothing() throws Exception {
    String key = cache.key("");
    try (RecordCache.Writer w = cache.writer(key)) {
      for (Entity e : firstRecords(data, 3)) w.add(e);
    }
    assertThat(cache.read(key, e -> {})).isFalse();
    assertThat(filesIn(dir.resolve(RecordCache.DIR))).isEmpty();
  }

  @Test
  void aLineThatIsNoRecordIsAnErrorNamingFileAndLine() throws Exception {
    String key = cache.key("");
    try (RecordCache.Writer w = cache.writer(key)) {
      for (Entity e : firstRecords(data, 2)) w.add(e);
      w.commit();
    }
    Files.writeString(cache.file(key), "{\"id\": \"x\", \"schema\": \n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> cache.read(key, e -> {})).isInstanceOf(IOException.class)
        .hasMessageContaining(cache.file(key) + ":3: not a record");
    cache.forget(key);
    assertThat(cache.read(key, e -> {})).isFalse();
  }

  private static List<Entity> firstRecords(DataDirectory data, int n) {
    List<Entity> out = new ArrayList<>();
    try (EntityCursor cursor = data.catalog().currentEntities()) {
      while (out.size() < n && cursor.hasNext()) out.add(cursor.next());
    }
    assertThat(out).hasSize(n);
    return out;
  }

  private static List<String> filesIn(Path d) throws IOException {
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
