package org.tiescan.cli;

import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;

/** A {@link ResultSink} that keeps a screening run; {@link #describe} says where, after the run. */
public interface RunRecorder extends ResultSink {
  RunRecorder NONE = new RunRecorder() {
    @Override
    public void accept(ScreenedRecord record) {}

    @Override
    public String describe() {
      return null;
    }
  };

  /** E.g. "run 12 in /home/me/.tiescan", or null when nothing was recorded. */
  String describe();
}
