package org.tiescan.text.lexicon;

/** A knowledge file is malformed; the message names the file, line and column. */
public final class LexiconFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final String column;

  public LexiconFormatException(String file, int line, String column, String message) {
    super(file + (line > 0 ? ":" + line : "") + (column.isEmpty() ? "" : " [" + column + "]") + ": " + message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String column() {
    return column;
  }
}
