package org.tiescan.screen;

import java.util.List;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputRecord;

/**
 * One input record after screening.
 *
 * @param input the record as read
 * @param query what was asked, or null when the record could not be screened
 * @param results the results above the threshold (or all, when asked), best first
 * @param problem why the record was not screened, or null
 * @param context what the ownership graph adds to each result, by entity id (empty without a graph)
 */
public record ScreenedRecord(InputRecord input, Query query, List<MatchResult> results, RecordProblem problem,
    java.util.Map<String, HitContext> context) {
  public ScreenedRecord {
    results = results == null ? List.of() : List.copyOf(results);
    context = context == null ? java.util.Map.of() : java.util.Map.copyOf(context);
  }

  /** A record screened without the ownership graph. */
  public ScreenedRecord(InputRecord input, Query query, List<MatchResult> results, RecordProblem problem) {
    this(input, query, results, problem, null);
  }

  /** The graph context of one result, or null. */
  public HitContext context(MatchResult m) {
    return context.get(m.entity().id());
  }

  /** True when at least one result passed the threshold. */
  public boolean hit() {
    return results.stream().anyMatch(MatchResult::match);
  }

  /** The best score, or 0 without results. */
  public double bestScore() {
    return results.isEmpty() ? 0 : results.get(0).score();
  }
}
