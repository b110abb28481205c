package org.tiescan.screen.engine;

import java.util.List;
import org.tiescan.screen.ScreeningSummary;

/**
 * Runs a {@link RecordJob} over every record of an input and writes one line per record, in input
 * order. Engines differ only in where the work runs; the work itself is the job's, so the same job
 * gives the same lines on every engine ({@code ScreeningEngineContract} checks it).
 */
public interface ScreeningEngine {
  /**
   * The input's column names: the CSV header, the keys of the first JSON line, the Parquet schema; for
   * choosing the {@link org.tiescan.screen.input.ColumnMapping} before the job is built.
   *
   * @throws org.tiescan.screen.input.InputException when the input cannot be read
   */
  List<String> columns(EngineInput input);

  /**
   * Screens {@code input} with {@code job}, writes {@code output}, and counts what was done.
   *
   * @throws org.tiescan.screen.input.InputException when the input cannot be read
   * @throws org.tiescan.screen.ScreeningException when the job fails
   */
  ScreeningSummary run(EngineInput input, RecordJob job, EngineOutput output);
}
