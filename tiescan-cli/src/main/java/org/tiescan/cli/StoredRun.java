package org.tiescan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tiescan.match.MatchResult;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.StoreException;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.runs.RunResult;
import org.tiescan.store.runs.ScreeningRuns;

/**
 * Records a screening run in the store: results are appended in batches (each one transaction, so a
 * killed run keeps what it committed), and the run is marked finished with its totals or failed.
 *
 * <p>Batches are turned into rows and written by a thread of their own, one batch at a time while the next
 * is gathered: written by the thread that hands records to the reports in order, the store's commits (and
 * the log checkpoints some of them run) held that thread for most of a screening of 50,000 names against a
 * million entities, and the screening threads waited for it (docs/benchmarks.md, wave 17).
 */
final class StoredRun implements RunRecorder {
  private static final int BATCH = 500;

  private final ScreeningRuns runs;
  private final long runId;
  private final Path dataDir;
  private List<ScreenedRecord> batch = new ArrayList<>();
  private final CaseStore audit;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "tiescan-run-writer");
    t.setDaemon(true);
    return t;
  });
  /** The batch being written, if any. */
  private Future<?> writing;
  /** The connection results are appended through, from the first batch to the end of the run (writer thread). */
  private ScreeningRuns.Appender appender;
  private int pendingResults;
  private boolean finished;

  StoredRun(ScreeningRuns runs, long runId, Path dataDir, CaseStore audit) {
    this.audit = audit;
    this.runs = runs;
    this.runId = runId;
    this.dataDir = dataDir;
  }

  @Override
  public void accept(ScreenedRecord r) {
    if (r.results().isEmpty()) return;
    batch.add(r);
    pendingResults += r.results().size();
    if (pendingResults >= BATCH) flush();
  }

  /** Hands the batch to the writer once the one before it is written (a failure there surfaces here). */
  private void flush() {
    awaitWriting();
    if (batch.isEmpty()) return;
    List<ScreenedRecord> records = batch;
    batch = new ArrayList<>();
    pendingResults = 0;
    writing = writer.submit(() -> write(records));
  }

  private void write(List<ScreenedRecord> records) {
    List<RunResult> rows = new ArrayList<>();
    for (ScreenedRecord r : records) {
      String input = json(ResultJson.mapper().valueToTree(r.input().fields()));
      for (MatchResult m : r.results()) {
        rows.add(new RunResult(r.input().line(), m.entity().id(), null, input, m.score(), m.match(),
            json(ResultJson.result(m).get("explanation"))));
      }
    }
    if (appender == null) appender = runs.appender(runId);
    appender.append(rows);
  }

  private void awaitWriting() {
    if (writing == null) return;
    try {
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while storing the results of run " + runId);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } finally {
      writing = null;
    }
  }

  /** Closes the connection that appends results: the writer is idle by then. */
  private void closeAppender() {
    if (appender == null) return;
    appender.close();
    appender = null;
  }

  @Override
  public void finish(ScreeningSummary s) {
    flush();
    awaitWriting();
    closeAppender();
    runs.finish(runId, s.records(), s.withHits(), s.problems());
    finished = true;
    audit.audit("screening-run", "run " + runId, Map.of("status", "finished", "records", s.records(),
        "with_hits", s.withHits(), "problems", s.problems()));
  }

  @Override
  public void close() {
    try {
      awaitWriting();
    } catch (RuntimeException e) {
      // the run failed already; what the batch in flight could not store is lost with it
    } finally {
      writer.shutdownNow();
      closeAppender();
    }
    if (finished) return;
    runs.fail(runId, "the run did not complete");
    audit.audit("screening-run", "run " + runId, Map.of("status", "failed"));
  }

  @Override
  public String describe() {
    return "run " + runId + " in " + dataDir;
  }

  private static String json(Object node) {
    try {
      return ResultJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
