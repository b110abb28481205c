package org.tiescan.screen.publications;

import java.io.Closeable;

/** Receives screened works in input order (reports, summaries). */
public interface WorkSink extends Closeable {
  void accept(ScreenedWork work);

  /** Called once after the last work. */
  default void finish(PublicationSummary summary) {}

  @Override
  default void close() {}
}
