package org.tiescan.sources.io;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One data row of a headered CSV file, with the line it starts on. Missing or blank values read as "". */
public final class CsvRow {
  private final CSVRecord record;
  private final Map<String, Integer> header;
  private final long line;

  CsvRow(CSVRecord record, Map<String, Integer> header, long line) {
    this.record = record;
    this.header = header;
    this.line = line;
  }

  /** The value of a column, stripped; "" when the column is absent from this file or empty. */
  public String get(String column) {
    Integer i = header.get(column);
    if (i == null || i >= record.size()) return "";
    String v = record.get(i);
    return v == null ? "" : v.strip();
  }

  public boolean has(String column) {
    return header.containsKey(column);
  }

  /** 1-based line of the file where this row starts. */
  public long line() {
    return line;
  }
}
