package org.tiescan.spark;

import org.apache.spark.util.AccumulatorV2;
import org.tiescan.screen.ScreeningTally;
import org.tiescan.screen.engine.ResultLine;

/**
 * Counts the results where they are made, on the executors, so the results never have to be held
 * (or read again) to be counted. Spark applies the counts of each successful task once; only a
 * recomputed partition (a lost executor) could count twice, and the outputs stay exact either way.
 */
final class TallyAccumulator extends AccumulatorV2<ResultLine, ScreeningTally> {
  private ScreeningTally tally = new ScreeningTally();

  @Override
  public boolean isZero() {
    return tally.records() == 0;
  }

  @Override
  public AccumulatorV2<ResultLine, ScreeningTally> copy() {
    TallyAccumulator c = new TallyAccumulator();
    c.tally.merge(tally);
    return c;
  }

  @Override
  public void reset() {
    tally = new ScreeningTally();
  }

  @Override
  public void add(ResultLine r) {
    tally.add(r.problem(), r.hit());
  }

  @Override
  public void merge(AccumulatorV2<ResultLine, ScreeningTally> other) {
    tally.merge(other.value());
  }

  @Override
  public ScreeningTally value() {
    return tally;
  }
}
