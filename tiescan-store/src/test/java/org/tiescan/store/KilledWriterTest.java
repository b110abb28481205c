package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;

/** Kills (SIGKILL) a real second process in the middle of an import or index build. */
class KilledWriterTest {
  @TempDir Path dir;
  /** Where the killed child unpacks sqlite-jdbc's native library ({@link ChildJvm}). */
  @TempDir Path nativeDir;

  @Test
  void anImportKilledMidStreamLeavesThePreviousVersionAndFreesTheLock() throws Exception {
    List<Entity> v1;
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      v1 = ListImporterTest.readCurrent(data);
    }
    Process child = startHanging("import", Sources.CSL_SLICE.toAbsolutePath().toString());
    try (DataDirectory data = DataDirectory.open(dir)) {
      assertThat(stagingVersionsOnceCommitted(data)).as("the child committed part of its staging version")
          .isEqualTo(1);
      assertThatThrownBy(() -> data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE))
          .isInstanceOf(ImportInProgressException.class)
          .hasMessageContaining("pid " + child.pid());
      // readers are not blocked by the running import
      assertThat(ListImporterTest.readCurrent(data)).isEqualTo(v1);
    } finally {
      kill(child);
    }
    try (DataDirectory reopened = DataDirectory.open(dir)) {
      assertThat(ListImporterTest.count(reopened, "SELECT count(*) FROM list_versions")).isEqualTo(1);
      assertThat(ListImporterTest.readCurrent(reopened)).isEqualTo(v1);
      ImportResult again = reopened.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      assertThat(again.version().recordCount()).isEqualTo(300);
    }
  }

  @Test
  void anIndexBuildKilledHalfWayLeavesThePreviousBuildCurrent() throws Exception {
    IndexBuild good;
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      good = data.indexes().rebuild((target, entities) -> Files.writeString(target.resolve("part-1"), "ok"));
    }
    Process child = startHanging("index");
    try {
      assertThat(Files.exists(dir.resolve("indexes/" + (good.id() + 1) + ".tmp/part-1"))).isTrue();
    } finally {
      kill(child);
    }
    try (DataDirectory reopened = DataDirectory.open(dir)) {
      assertThat(reopened.indexes().current()).contains(good);
      assertThat(Files.readString(good.path().resolve("part-1"))).isEqualTo("ok");
      assertThat(reopened.indexes().build(good.id() + 1)).map(IndexBuild::status).contains("failed");
      try (Stream<Path> s = Files.list(reopened.indexesDir())) {
        assertThat(s.map(p -> p.getFileName().toString())).containsExactly(Long.toString(good.id()));
      }
    }
  }

  /** The child's writer thread commits a little after its reader says HANGING; wait for it. */
  private static long stagingVersionsOnceCommitted(DataDirectory data) throws Exception {
    String sql = "SELECT count(*) FROM list_versions WHERE status = 'staging'";
    for (int i = 0; i < 300 && ListImporterTest.count(data, sql) == 0; i++) Thread.sleep(100);
    return ListImporterTest.count(data, sql);
  }

  private Process startHanging(String... args) throws Exception {
    List<String> childArgs = new java.util.ArrayList<>(List.of(dir.toString()));
    childArgs.addAll(List.of(args));
    Process p = ChildJvm.start(nativeDir, HangingWriter.class, childArgs.toArray(String[]::new));
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("HANGING")) {
      // skip anything else the child prints
    }
    assertThat(line).as("child process reached the middle of its work").isEqualTo("HANGING");
    return p;
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }
}
