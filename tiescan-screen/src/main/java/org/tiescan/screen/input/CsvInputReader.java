package org.tiescan.screen.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.RecordProblem;

/**
 * Reads delimited text with a header row. The delimiter (comma, semicolon, tab or bar) is detected
 * from the header line; rows with a different number of fields than the header are reported, not
 * guessed at.
 */
final class CsvInputReader implements InputReader {
  private final String file;
  private final Charset charset;
  private final char delimiter;
  /** The last line of the last record read: the next record starts after it. */
  private long lastLine;
  private final long size;
  private final CountingInputStream counter;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final List<String> columns;

  private CsvInputReader(String file, long size, Charset charset, CountingInputStream counter, BufferedReader text,
      char delimiter) throws IOException {
    this.file = file;
    this.charset = charset;
    this.delimiter = delimiter;
    this.size = size;
    this.counter = counter;
    this.parser = CsvRows.format(delimiter).parse(text);
    this.rows = parser.iterator();
    this.columns = readHeader();
    this.lastLine = parser.getCurrentLineNumber();
  }

  static CsvInputReader open(Path path, CountingInputStream in, Charset charset) {
    return open(path.toString(), InputFiles.size(path), in, charset);
  }

  /**
   * Reads {@code in}, a file of {@code size} bytes named {@code file} in records and problems (a file
   * on a cluster file system, say); quoting errors name the line, and the field when {@code file} is a
   * local path that can be read again.
   */
  static CsvInputReader open(String file, long size, CountingInputStream in, Charset charset) {
    try {
      BufferedReader text = new BufferedReader(new StrictDecodingReader(in, charset), 64 * 1024);
      return new CsvInputReader(file, size, charset, in, text, detectDelimiter(text));
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      closeQuietly(in);
      throw readFailure(file, charset, e);
    } catch (InputException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /** The delimiter of the header line (see {@link CsvRows#detectDelimiter}). */
  static char detectDelimiter(BufferedReader text) throws IOException {
    text.mark(64 * 1024);
    String header = text.readLine();
    text.reset();
    return CsvRows.detectDelimiter(header);
  }

  private List<String> readHeader() {
    if (!rows.hasNext()) {
      throw new InputException(new RecordProblem(file, 1, null, "the file is empty; expected a header row"));
    }
    return CsvRows.columns(rows.next());
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public double fractionRead() {
    return size == 0 ? 1 : Math.min(1.0, counter.count() / (double) size);
  }

  @Override
  public boolean hasNext() {
    try {
      return rows.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw failure(e);
    }
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    CSVRecord row;
    try {
      row = rows.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw failure(e);
    }
    lastLine = parser.getCurrentLineNumber();
    return CsvRows.record(file, columns, row, startLine(row));
  }

  /** A quoting error in plain words (line, field), else the generic read failure. */
  private InputException failure(RuntimeException e) {
    return CsvSyntax.describe(Path.of(file), charset, delimiter, columns, lastLine + 1, e)
        .map(p -> new InputException(p, e)).orElseGet(() -> readFailure(file, charset, e));
  }

  /** A read failure; for a byte the encoding cannot decode, the problem also names its column. */
  private static InputException readFailure(String file, Charset charset, Throwable e) {
    InputException failure = InputFiles.failure(file, e);
    if (!(failure.getCause() instanceof StrictDecodingReader.UndecodableInputException)) return failure;
    RecordProblem p = failure.problem();
    String field = UndecodableField.of(file, charset, p.line());
    return field == null ? failure
        : new InputException(new RecordProblem(p.file(), p.line(), field, p.message()), failure.getCause());
  }

  /**
   * The line the record starts on. After a record the parser's line count is the record's last line
   * (blank lines before it included; the end of the file ends a line too); the record's own line
   * breaks lead back to its first line.
   */
  private long startLine(CSVRecord row) {
    long end = parser.getCurrentLineNumber();
    long inside = 0;
    for (String value : row) inside += lineBreaks(value);
    return end - inside;
  }

  private static long lineBreaks(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) n++;
    }
    return n;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one to report
    }
  }
}
