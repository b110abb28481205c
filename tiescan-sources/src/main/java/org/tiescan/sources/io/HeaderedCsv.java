package org.tiescan.sources.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.SourceFormatException;

/**
 * Streams a CSV file with a header row: checks the header has the columns a reader needs (else the
 * file is the wrong format), reports ragged rows (too few or too many fields) as problems and
 * skips them, and turns a parse failure (e.g. a quote left open by a truncated download) into a
 * {@link SourceFormatException} with the line where the broken record starts.
 */
public final class HeaderedCsv {
  private final CSVFormat format;

  public HeaderedCsv(char delimiter) {
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
  }

  public HeaderedCsv() {
    this(',');
  }

  /** What to do with each good row. */
  @FunctionalInterface
  public interface RowHandler {
    void row(CsvRow row);
  }

  public void read(Path file, Collection<String> requiredColumns, EntitySink sink, RowHandler handler)
      throws IOException {
    String name = file.toString();
    try (Reader in = TextInputs.openText(file); CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      Iterator<CSVRecord> rows = parser.iterator();
      List<String> header = readHeader(name, rows, requiredColumns);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i).strip(), i);
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record = next(rows, name, line);
        if (record == null) break;
        if (record.size() == 1 && record.get(0).isBlank()) continue;
        if (record.size() != header.size()) {
          sink.problem(ragged(name, line, header, record.size()));
          continue;
        }
        handler.row(new CsvRow(record, index, line));
      }
    }
  }

  private static List<String> readHeader(String file, Iterator<CSVRecord> rows, Collection<String> required) {
    CSVRecord first = next(rows, file, 1);
    if (first == null) throw new SourceFormatException(new RecordProblem(file, 1, null, "empty file, expected a header row"));
    List<String> header = first.stream().map(String::strip).toList();
    for (String column : required) {
      if (!header.contains(column)) {
        throw new SourceFormatException(new RecordProblem(file, 1, column,
            "header has no column '" + column + "'; not the expected format (header: " + abbreviate(header) + ")"));
      }
    }
    return header;
  }

  private static CSVRecord next(Iterator<CSVRecord> rows, String file, long line) {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (UncheckedIOException e) {
      throw new SourceFormatException(new RecordProblem(file, line, null,
          "cannot parse CSV record (truncated file or unbalanced quote?): " + e.getCause().getMessage()));
    }
  }

  private static RecordProblem ragged(String file, long line, List<String> header, int size) {
    String field = size < header.size() ? header.get(size) : "column " + (size);
    String message = size < header.size()
        ? "row has " + size + " fields, header has " + header.size() + "; '" + header.get(size) + "' and later are missing; row skipped"
        : "row has " + size + " fields, header has " + header.size() + "; row skipped";
    return new RecordProblem(file, line, field, message);
  }

  private static String abbreviate(List<String> header) {
    String joined = String.join(",", header);
    return joined.length() > 120 ? joined.substring(0, 120) + "..." : joined;
  }
}
