package org.tiescan.screen;

import java.time.Duration;
import java.util.List;
import org.tiescan.model.RecordProblem;

/**
 * What a screening run did.
 *
 * @param file the input file
 * @param records records read (screened plus problems)
 * @param screened records screened
 * @param withHits screened records with at least one match
 * @param problems number of records that could not be screened
 * @param firstProblems the first problems, for the user to fix (at most {@link #MAX_LISTED_PROBLEMS})
 * @param elapsed wall time of the run
 */
public record ScreeningSummary(
    String file, long records, long screened, long withHits, long problems,
    List<RecordProblem> firstProblems, Duration elapsed) {
  public static final int MAX_LISTED_PROBLEMS = 50;

  public ScreeningSummary {
    firstProblems = List.copyOf(firstProblems);
  }

  /** Records screened per second. */
  public double namesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : screened / seconds;
  }
}
