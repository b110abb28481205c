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
 */
public record ScreenedRecord(InputRecord input, Query query, List<MatchResult> results, RecordProblem problem) {
  public ScreenedRecord {
    results = results == null ? List.of() : List.copyOf(results);
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
