package org.tiescan.screen.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.RecordProblem;

/**
 * The rules for delimited text: delimiter detection from the header line, column names, and rows
 * with the wrong number of fields reported rather than guessed at. Engines that read files
 * themselves (Spark) use the whole reader ({@link InputFiles#openCsv}), since a quoted field may
 * hold line breaks.
 */
public final class CsvRows {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  private CsvRows() {}

  /** The candidate delimiter that occurs most often in the header line, outside quotes (comma when none). */
  public static char detectDelimiter(String headerLine) {
    if (headerLine == null) return ',';
    char best = ',';
    int bestCount = 0;
    for (char d : DELIMITERS) {
      int count = countOutsideQuotes(headerLine, d);
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char c) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') quoted = !quoted;
      else if (ch == c && !quoted) count++;
    }
    return count;
  }

  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
  }

  /** Column names from the header row: blank or repeated names become {@code column_N}. */
  public static List<String> columns(CSVRecord header) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      names.add(name.isEmpty() || names.contains(name) ? "column_" + (i + 1) : name);
    }
    return List.copyOf(names);
  }

  /** One row as a record; a row with fewer fields than the header, or extra values, has a problem. */
  public static InputRecord record(String file, List<String> columns, CSVRecord row, long line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(row.size(), columns.size()); i++) fields.put(columns.get(i), row.get(i));
    RecordProblem problem = null;
    if (row.size() < columns.size() || hasExtraValues(row, columns.size())) {
      problem = new RecordProblem(file, line, null,
          "row has " + row.size() + " fields but the header has " + columns.size());
    }
    return new InputRecord(line, fields, problem);
  }

  /** Trailing empty fields (a delimiter at the end of the line) are harmless; extra values are not. */
  private static boolean hasExtraValues(CSVRecord row, int columns) {
    for (int i = columns; i < row.size(); i++) if (!row.get(i).isBlank()) return true;
    return false;
  }
}
