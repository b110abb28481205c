package org.tiescan.screen.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.RecordProblem;

/**
 * Says in plain words what is wrong with the quoting of a CSV file that commons-csv cannot parse,
 * naming the line and the field (found by reading the bad line again), instead of the parser's
 * exception. The two quoting errors a parser meets: text after a value's closing quote, and a quote
 * that is never closed.
 */
final class CsvSyntax {
  private static final Pattern TEXT_AFTER_QUOTE =
      Pattern.compile("Invalid character between encapsulated token and delimiter at line: ([\\d,]+)");
  private static final Pattern UNCLOSED = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated token finished");

  private CsvSyntax() {}

  /**
   * The problem for a parse error, or empty when {@code e} is not a quoting error.
   *
   * @param recordStart the first line after the last record read, where the bad record starts
   */
  static Optional<RecordProblem> describe(Path file, Charset charset, char delimiter, List<String> columns,
      long recordStart, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      Matcher unclosed = UNCLOSED.matcher(message);
      if (unclosed.find()) {
        long line = number(unclosed.group(1));
        List<String> text = lines(file, charset, line, line);
        return Optional.of(problem(file, line, field(text, delimiter, true, columns), delimiter,
            "a quoted value starts on this line and its closing quote (\") is missing, so the rest of the file "
                + "would be read as one value"));
      }
      Matcher after = TEXT_AFTER_QUOTE.matcher(message);
      if (after.find()) {
        long end = number(after.group(1));
        List<String> text = lines(file, charset, Math.min(recordStart, end), end);
        long start = end - text.size() + 1;
        String what = start == end
            ? "text follows the closing quote of a quoted value; a quote inside a quoted value must be doubled "
                + "(\"\"), or the value written without quotes"
            : "the quoted value of this field runs on to line " + end + ", where text follows the quote that "
                + "ends it: its closing quote (\") is probably missing on this line";
        return Optional.of(problem(file, start, field(text, delimiter, false, columns), delimiter, what));
      }
    }
    return Optional.empty();
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }

  private static RecordProblem problem(Path file, long line, String field, char delimiter, String what) {
    return new RecordProblem(file.toString(), line, field,
        what + " (delimiter '" + (delimiter == '\t' ? "tab" : String.valueOf(delimiter)) + "')");
  }

  /** Lines {@code from..to} of the file, leading blank lines dropped; empty when it cannot be read again. */
  private static List<String> lines(Path file, Charset charset, long from, long to) {
    try (BufferedReader r = Files.newBufferedReader(file, charset)) {
      List<String> out = new ArrayList<>(r.lines().skip(Math.max(0, from - 1)).limit(to - from + 1).toList());
      while (!out.isEmpty() && out.get(0).isBlank()) out.remove(0);
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The column of the badly quoted value in the record's lines, or null when it cannot be told. */
  private static String field(List<String> record, char delimiter, boolean unclosed, List<String> columns) {
    if (record.isEmpty()) return null;
    int index = badField(String.join("\n", record), delimiter, unclosed);
    if (index < 0) return null;
    return index < columns.size() ? columns.get(index) : "column " + (index + 1);
  }

  /** Index of the field whose quoting is broken in the text of one record. */
  static int badField(String line, char delimiter, boolean unclosed) {
    CsvQuoting q = new CsvQuoting();
    for (int i = 0; i < line.length(); ) {
      boolean wasQuoted = q.quoted();
      i = q.take(line, i, delimiter);
      // a closing quote must be followed by the delimiter (or the end)
      if (!unclosed && wasQuoted && !q.quoted() && i < line.length() && line.charAt(i) != delimiter) return q.field();
    }
    return unclosed && q.quoted() ? q.field() : -1;
  }
}
