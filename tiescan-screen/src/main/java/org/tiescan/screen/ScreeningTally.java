package org.tiescan.screen;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tiescan.model.RecordProblem;

/**
 * Counts what a screening run did, record by record. Serializable and mergeable, so a cluster engine
 * can count on its workers and add the counts up; the first problems kept are always those with the
 * lowest line numbers, whatever order the parts arrive in.
 */
public final class ScreeningTally implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<RecordProblem> BY_LINE = Comparator.comparingLong(RecordProblem::line);

  private long records;
  private long screened;
  private long withHits;
  private long problems;
  private final List<RecordProblem> firstProblems = new ArrayList<>();

  /** Counts one record: not screened when {@code problem} is not null, else screened with or without a hit. */
  public ScreeningTally add(RecordProblem problem, boolean hit) {
    records++;
    if (problem != null) {
      problems++;
      keep(List.of(problem));
      return this;
    }
    screened++;
    if (hit) withHits++;
    return this;
  }

  /** Adds the counts of another part of the same input to this one. */
  public ScreeningTally merge(ScreeningTally other) {
    records += other.records;
    screened += other.screened;
    withHits += other.withHits;
    problems += other.problems;
    keep(other.firstProblems);
    return this;
  }

  private void keep(List<RecordProblem> more) {
    boolean inOrder = firstProblems.isEmpty() || more.isEmpty()
        || BY_LINE.compare(firstProblems.get(firstProblems.size() - 1), more.get(0)) <= 0;
    if (inOrder && firstProblems.size() >= ScreeningSummary.MAX_LISTED_PROBLEMS) return;
    firstProblems.addAll(more);
    if (!inOrder) firstProblems.sort(BY_LINE);
    while (firstProblems.size() > ScreeningSummary.MAX_LISTED_PROBLEMS) firstProblems.remove(firstProblems.size() - 1);
  }

  public long records() {
    return records;
  }

  public ScreeningSummary summary(String file, Duration elapsed) {
    return new ScreeningSummary(file, records, screened, withHits, problems, firstProblems, elapsed);
  }
}
