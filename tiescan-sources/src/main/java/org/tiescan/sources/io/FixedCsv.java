package org.tiescan.sources.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.SourceFormatException;

/**
 * Streams a CSV file without header whose columns are known by position (OFAC's legacy delimited
 * files). OFAC's empty marker {@code -0-} (with its trailing space) reads as ""; other values are
 * passed as they are. The DOS end-of-file
 * character (0x1A) OFAC puts on the last line is ignored. Rows with the wrong number of fields are
 * reported with the first missing column's name and skipped.
 */
public final class FixedCsv {
  private static final String EMPTY_MARKER = "-0-";
  private static final String DOS_EOF = "\u001a";

  private FixedCsv() {}

  /** What to do with each good row: its stripped values by position and the line it starts on. */
  @FunctionalInterface
  public interface RowHandler {
    void row(List<String> values, long line);
  }

  public static void read(Path file, List<String> columns, EntitySink sink, RowHandler handler) throws IOException {
    String name = file.toString();
    try (Reader in = TextInputs.openText(file); CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
      Iterator<CSVRecord> rows = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record = next(rows, name, line);
        if (record == null) break;
        if (record.size() == 1 && (record.get(0).isBlank() || record.get(0).strip().equals(DOS_EOF))) continue;
        if (record.size() != columns.size()) {
          sink.problem(ragged(name, line, columns, record.size()));
          continue;
        }
        handler.row(values(record), line);
      }
    }
  }

  private static List<String> values(CSVRecord record) {
    List<String> out = new ArrayList<>(record.size());
    for (String v : record) {
      // not stripped: a remark cut mid-text may end in the space that separates it from its continuation
      out.add(v.strip().equals(EMPTY_MARKER) ? "" : v);
    }
    return out;
  }

  private static CSVRecord next(Iterator<CSVRecord> rows, String file, long line) {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (UncheckedIOException e) {
      throw new SourceFormatException(new RecordProblem(file, line, null,
          "cannot parse CSV record (truncated file or unbalanced quote?): " + e.getCause().getMessage()));
    }
  }

  private static RecordProblem ragged(String file, long line, List<String> columns, int size) {
    String field = size < columns.size() ? columns.get(size) : "column " + (size + 1);
    return new RecordProblem(file, line, field,
        "row has " + size + " fields, expected " + columns.size() + " (" + String.join(",", columns) + "); row skipped");
  }
}
