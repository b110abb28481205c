package org.tiescan.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A knowledge file: UTF-8, tab-separated, {@code #} comment lines (the file's source and rules),
 * then a header line naming the columns, then one row per line. Rows are checked on load; a bad row
 * fails with the file, line and column named.
 */
record TsvTable(String file, List<String> columns, List<Row> rows) {

  /** One data row with its line number, for error messages. */
  record Row(String file, int line, List<String> columns, String[] values) {
    /** The trimmed value of a column; empty when the row is shorter. */
    String get(String column) {
      int i = columns.indexOf(column);
      if (i < 0) throw new IllegalArgumentException(file + ": no column " + column);
      return i < values.length ? values[i].strip() : "";
    }

    String required(String column) {
      String value = get(column);
      if (value.isEmpty()) throw problem(column, "is empty");
      return value;
    }

    LexiconFormatException problem(String column, String message) {
      return new LexiconFormatException(file, line, column, message);
    }
  }

  static TsvTable read(String resource, String... requiredColumns) {
    try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new LexiconFormatException(resource, 0, "", "resource not found");
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          requiredColumns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static TsvTable parse(String file, BufferedReader reader, String... requiredColumns) throws IOException {
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] values = line.split("\t", -1);
      if (columns == null) {
        columns = Arrays.stream(values).map(String::strip).toList();
        for (String required : requiredColumns) {
          if (!columns.contains(required)) {
            throw new LexiconFormatException(file, lineNumber, required, "header lacks this column");
          }
        }
        continue;
      }
      if (values.length > columns.size()) {
        throw new LexiconFormatException(file, lineNumber, "",
            values.length + " fields but the header has " + columns.size() + " columns");
      }
      rows.add(new Row(file, lineNumber, columns, values));
    }
    if (columns == null) throw new LexiconFormatException(file, 0, "", "no header line");
    return new TsvTable(file, columns, rows);
  }
}
