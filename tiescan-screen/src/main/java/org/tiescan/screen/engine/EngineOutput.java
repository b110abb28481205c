package org.tiescan.screen.engine;

/**
 * Where an engine writes its results: one JSON line per input record, in input order, and/or a
 * Parquet table with one row per record (columns {@code line}, {@code hit}, {@code problem},
 * {@code result}: the same JSON line). Either may be null, not both.
 *
 * @param jsonLines a JSON lines file (local engine) or directory of part files (Spark), or null
 * @param parquet a Parquet directory, or null
 */
public record EngineOutput(String jsonLines, String parquet) {
  public EngineOutput {
    if (jsonLines == null && parquet == null) throw new IllegalArgumentException("no output given");
  }
}
