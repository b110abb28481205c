package org.tiescan.screen.engine;

import org.tiescan.screen.input.InputRecord;

/** The per-record work, open on one worker; thread-safe (the local engine calls it from several threads). */
@FunctionalInterface
public interface RecordFunction {
  ResultLine apply(InputRecord record);
}
