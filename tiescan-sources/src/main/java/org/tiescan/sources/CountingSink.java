package org.tiescan.sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;

/**
 * Passes everything on to another sink and counts it, keeping the first problems for a summary
 * ("14,160 entities, 2 rows skipped: file:3 [name] empty name ...").
 */
public final class CountingSink implements EntitySink {
  private final EntitySink next;
  private final int keepProblems;
  private final List<RecordProblem> firstProblems = new ArrayList<>();
  private long entities;
  private long problems;

  /** @param keepProblems how many problems to keep for display; all are counted and passed on */
  public CountingSink(EntitySink next, int keepProblems) {
    this.next = next;
    this.keepProblems = keepProblems;
  }

  @Override
  public void accept(Entity entity) {
    entities++;
    next.accept(entity);
  }

  @Override
  public void problem(RecordProblem problem) {
    problems++;
    if (firstProblems.size() < keepProblems) firstProblems.add(problem);
    next.problem(problem);
  }

  public long entities() {
    return entities;
  }

  public long problems() {
    return problems;
  }

  public List<RecordProblem> firstProblems() {
    return Collections.unmodifiableList(firstProblems);
  }
}
