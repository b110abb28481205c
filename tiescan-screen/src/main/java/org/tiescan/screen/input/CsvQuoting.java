package org.tiescan.screen.input;

/**
 * Where a CSV record stands, character by character: the field it is in and whether it is inside a
 * quoted value. Commons-csv's own rules: a value is quoted when it starts with a quote, a doubled
 * quote inside it is one quote, a delimiter outside quotes ends the field.
 */
final class CsvQuoting {
  private int field;
  private boolean quoted;
  private boolean atStart = true;

  /** Takes the character at {@code i} (a doubled quote inside quotes whole) and returns the index after it. */
  int take(String line, int i, char delimiter) {
    char c = line.charAt(i);
    if (quoted) {
      if (c == '"') {
        if (i + 1 < line.length() && line.charAt(i + 1) == '"') return i + 2;
        quoted = false;
      }
    } else if (atStart && c == '"') {
      quoted = true;
      atStart = false;
    } else if (c == delimiter) {
      field++;
      atStart = true;
    } else {
      atStart = false;
    }
    return i + 1;
  }

  /** Takes the characters of {@code line} before {@code end}. */
  void takeUntil(String line, int end, char delimiter) {
    for (int i = 0; i < end; ) i = take(line, i, delimiter);
  }

  /** A line break: outside quotes the record ends and the next starts at its first field. */
  void endLine() {
    if (quoted) return;
    field = 0;
    atStart = true;
  }

  int field() {
    return field;
  }

  boolean quoted() {
    return quoted;
  }
}
