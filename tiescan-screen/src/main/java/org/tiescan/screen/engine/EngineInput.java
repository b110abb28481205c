package org.tiescan.screen.engine;

import java.io.Serializable;
import java.util.Locale;

/**
 * What an engine screens: a file (or, for Parquet, a directory of part files) in one format.
 *
 * @param location a path or URI the engine can read (for Spark: any Hadoop file system)
 * @param format how to read it
 */
public record EngineInput(String location, Format format) implements Serializable {
  /** Input formats; the local engine reads CSV and JSON lines, the Spark engine also Parquet. */
  public enum Format { CSV, JSONL, PARQUET }

  /** The input at {@code location}, its format told by the extension (anything unknown is CSV, as locally). */
  public static EngineInput of(String location) {
    String name = location.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (name.endsWith(".parquet")) return new EngineInput(location, Format.PARQUET);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return new EngineInput(location, Format.JSONL);
    }
    return new EngineInput(location, Format.CSV);
  }
}
