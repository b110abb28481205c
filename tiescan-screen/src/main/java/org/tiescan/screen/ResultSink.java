package org.tiescan.screen;

/**
 * Receives screened records in input order; report writers implement it. {@link #finish} is called
 * once after the last record (not on failure), then {@link #close} always.
 */
public interface ResultSink extends AutoCloseable {
  void accept(ScreenedRecord record);

  default void finish(ScreeningSummary summary) {}

  @Override
  default void close() {}
}
