package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Entity;
import org.tiescan.store.runs.RunResult;
import org.tiescan.store.runs.RunStart;
import org.tiescan.store.runs.RunStatus;
import org.tiescan.store.runs.ScreeningRun;
import org.tiescan.store.runs.ScreeningRuns;

class ScreeningRunsTest {
  @TempDir Path dir;

  @Test
  void aRunRecordsItsResultsInBatchesAndItsTotals() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      IndexBuild index = data.indexes().rebuild((target, entities) -> {});
      List<Entity> listed = ListImporterTest.readCurrent(data).subList(0, 3);
      ScreeningRuns runs = data.runs();

      long run = runs.start(new RunStart("suppliers.csv", "abc123", "{\"threshold\":0.7}", index.id()));
      List<RunResult> batch1 = List.of(
          result(1, listed.get(0), 0.93, true), result(1, listed.get(1), 0.41, false));
      List<RunResult> batch2 = List.of(result(2, listed.get(2), 0.88, true));
      runs.append(run, batch1);
      runs.append(run, batch2);
      runs.finish(run, 2, 2, 0);

      ScreeningRun stored = runs.run(run).orElseThrow();
      assertThat(stored.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(stored.indexBuildId()).isEqualTo(index.id());
      assertThat(stored.recordCount()).isEqualTo(2);
      assertThat(stored.hitCount()).isEqualTo(2);
      assertThat(stored.finishedAt()).isAfterOrEqualTo(stored.startedAt());
      assertThat(runs.results(run)).containsExactly(batch1.get(0), batch1.get(1), batch2.get(0));
      assertThatThrownBy(() -> runs.append(run, batch2)).isInstanceOf(StoreException.class)
          .hasMessageContaining("is finished, not running");
    }
  }

  @Test
  void aFailedRunKeepsWhatItCommittedAndTheSameHitCannotBeStoredTwice() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      Entity listed = ListImporterTest.readCurrent(data).get(7);
      ScreeningRuns runs = data.runs();
      long run = runs.start(new RunStart(null, null, "{}", null));
      runs.append(run, List.of(result(1, listed, 0.9, true)));

      assertThatThrownBy(() -> runs.append(run, List.of(result(2, listed, 0.8, true), result(1, listed, 0.9, true))))
          .isInstanceOf(StoreException.class);
      runs.fail(run, "input file vanished");

      ScreeningRun stored = runs.run(run).orElseThrow();
      assertThat(stored.status()).isEqualTo(RunStatus.FAILED);
      assertThat(stored.message()).isEqualTo("input file vanished");
      assertThat(runs.results(run)).extracting(RunResult::recordNo).containsExactly(1L);
      assertThat(runs.list()).extracting(ScreeningRun::id).containsExactly(run);
    }
  }

  @Test
  void aRunWhoseProcessDiedIsMarkedFailedOnOpenButALiveOneIsNot() throws Exception {
    long live;
    try (DataDirectory data = DataDirectory.open(dir)) {
      live = data.runs().start(new RunStart("a.csv", null, "{}", null));
      String owner = data.runs().run(live).orElseThrow().owner();
      assertThat(owner).isEqualTo(ProcessHandle.current().pid() + "@" + owner.substring(owner.indexOf('@') + 1));
      // a run left 'running' by a process that no longer exists on this host
      ListImporterTest.execute(data, "INSERT INTO screening_runs (id, started_at, status, owner) VALUES"
          + " (77, '2026-01-01T00:00:00Z', 'running', '" + deadPid() + owner.substring(owner.indexOf('@')) + "')");
    }
    try (DataDirectory reopened = DataDirectory.open(dir)) {
      ScreeningRun dead = reopened.runs().run(77).orElseThrow();
      assertThat(dead.status()).isEqualTo(RunStatus.FAILED);
      assertThat(dead.message()).startsWith("interrupted: process " + deadPid() + "@");
      assertThat(reopened.runs().run(live).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }
  }

  /** Deleting runs takes their results with them, all in one go, and never a run still running. */
  @Test
  void deletedRunsGoWithTheirResultsButARunningOneStays() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
      List<Entity> listed = ListImporterTest.readCurrent(data).subList(0, 3);
      ScreeningRuns runs = data.runs();
      long old = runs.start(new RunStart("old.csv", null, "{}", null));
      runs.append(old, List.of(result(1, listed.get(0), 0.9, true), result(2, listed.get(1), 0.8, true)));
      runs.finish(old, 2, 2, 0);
      long failed = runs.start(new RunStart("failed.csv", null, "{}", null));
      runs.append(failed, List.of(result(1, listed.get(2), 0.9, true)));
      runs.fail(failed, "stopped");
      long kept = runs.start(new RunStart("kept.csv", null, "{}", null));
      runs.append(kept, List.of(result(1, listed.get(0), 0.9, true)));
      runs.finish(kept, 1, 1, 0);
      long running = runs.start(new RunStart("running.csv", null, "{}", null));
      runs.append(running, List.of(result(1, listed.get(1), 0.9, true)));

      ScreeningRuns.Deleted d = runs.delete(List.of(old, failed, running, 999L));
      assertThat(d.runs()).containsExactly(old, failed);
      assertThat(d.results()).isEqualTo(3);
      assertThat(runs.list()).extracting(ScreeningRun::id).containsExactly(running, kept);
      assertThat(runs.results(old)).isEmpty();
      assertThat(runs.results(kept)).hasSize(1);
      assertThat(runs.results(running)).hasSize(1);
      assertThat(runs.delete(List.of())).isEqualTo(new ScreeningRuns.Deleted(List.of(), 0));
    }
  }

  /** A pid no process has: one of this JVM's finished children. */
  private static long deadPid() throws Exception {
    if (deadPid == 0) {
      Process p = new ProcessBuilder("true").start();
      p.waitFor();
      deadPid = p.pid();
    }
    return deadPid;
  }

  private static long deadPid;

  private static RunResult result(long recordNo, Entity e, double score, boolean match) {
    return new RunResult(recordNo, e.id(), "hash-of-" + e.id(), "{\"name\":\"" + e.caption().replace("\"", "") + "\"}",
        score, match, "{\"summary\":\"test\"}");
  }
}
