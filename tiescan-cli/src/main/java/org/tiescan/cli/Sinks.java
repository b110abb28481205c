package org.tiescan.cli;

import java.util.List;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.ScreeningSummary;

/** Fans each screened record out to several sinks. */
final class Sinks implements ResultSink {
  private final List<ResultSink> sinks;

  Sinks(List<ResultSink> sinks) {
    this.sinks = List.copyOf(sinks);
  }

  @Override
  public void accept(ScreenedRecord r) {
    for (ResultSink s : sinks) s.accept(r);
  }

  @Override
  public void finish(ScreeningSummary summary) {
    for (ResultSink s : sinks) s.finish(summary);
  }

  @Override
  public void close() {
    for (ResultSink s : sinks) s.close();
  }
}
