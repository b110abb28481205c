package org.tiescan.screen;

/** Told how far a run has got; called from the thread that emits results, in order. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, fraction) -> {};

  /**
   * @param done records handled so far
   * @param fraction share of the input read, in [0,1], or -1 when unknown
   */
  void progress(long done, double fraction);

  /** Called once at the end of the run. */
  default void finished(ScreeningSummary summary) {}
}
