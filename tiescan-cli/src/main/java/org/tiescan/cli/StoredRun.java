package org.tiescan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiescan.match.MatchResult;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.runs.RunResult;
import org.tiescan.store.runs.ScreeningRuns;

/**
 * Records a screening run in the store: results are appended in batches (each one transaction, so a
 * killed run keeps what it committed), and the run is marked finished with its totals or failed.
 */
final class StoredRun implements RunRecorder {
  private static final int BATCH = 500;

  private final ScreeningRuns runs;
  private final long runId;
  private final Path dataDir;
  private final List<RunResult> batch = new ArrayList<>();
  private final CaseStore audit;
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
    String input = json(ResultJson.mapper().valueToTree(r.input().fields()));
    for (MatchResult m : r.results()) {
      batch.add(new RunResult(r.input().line(), m.entity().id(), null, input, m.score(), m.match(),
          json(ResultJson.result(m).get("explanation"))));
    }
    if (batch.size() >= BATCH) flush();
  }

  private void flush() {
    runs.append(runId, batch);
    batch.clear();
  }

  @Override
  public void finish(ScreeningSummary s) {
    flush();
    runs.finish(runId, s.records(), s.withHits(), s.problems());
    finished = true;
    audit.audit("screening-run", "run " + runId, Map.of("status", "finished", "records", s.records(),
        "with_hits", s.withHits(), "problems", s.problems()));
  }

  @Override
  public void close() {
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
