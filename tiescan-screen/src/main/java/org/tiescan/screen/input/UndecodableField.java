package org.tiescan.screen.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The column holding the first byte a CSV file's encoding cannot decode, found by reading the file
 * again with the bad bytes replaced (U+FFFD) and following its quoting from the header down to the
 * bad line: a record's own line breaks inside quotes do not start a field anew. The header names the
 * column, or "column N" when the bad byte is in the header itself.
 */
final class UndecodableField {
  private static final char REPLACEMENT = '\uFFFD';

  private UndecodableField() {}

  /** The column name, or null when the file cannot be read again or the byte cannot be placed. */
  static String of(String file, Charset charset, long badLine) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(file)),
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      String header = in.readLine();
      if (header == null) return null;
      if (header.startsWith("\uFEFF")) header = header.substring(1);
      char delimiter = CsvRows.detectDelimiter(header);
      if (badLine == 1) return name(fieldOfReplacement(header, delimiter, new CsvQuoting()), List.of());
      List<String> columns = columns(header, delimiter);
      CsvQuoting quoting = new CsvQuoting();
      String line;
      for (long number = 2; (line = in.readLine()) != null; number++) {
        if (number == badLine) return name(fieldOfReplacement(line, delimiter, quoting), columns);
        quoting.takeUntil(line, line.length(), delimiter);
        quoting.endLine();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<String> columns(String header, char delimiter) throws IOException {
    try (CSVParser p = CsvRows.format(delimiter).parse(new StringReader(header))) {
      CSVRecord r = p.iterator().next();
      return CsvRows.columns(r);
    }
  }

  private static String name(int index, List<String> columns) {
    if (index < 0) return null;
    return index < columns.size() ? columns.get(index) : "column " + (index + 1);
  }

  /** The field of the first replacement character in {@code line}, or -1. */
  private static int fieldOfReplacement(String line, char delimiter, CsvQuoting quoting) {
    int at = line.indexOf(REPLACEMENT);
    if (at < 0) return -1;
    quoting.takeUntil(line, at, delimiter);
    return quoting.field();
  }
}
