package org.tiescan.model;

/**
 * A problem with one input record, precise enough for a user to fix it: which file, which line,
 * which field, what is wrong. Readers report these and go on with the next record where the
 * format allows it.
 *
 * @param file the file name as the user gave it
 * @param line 1-based line (or row) number, 0 when not applicable
 * @param field column or field name, or null when the whole record is bad
 * @param message what is wrong, in plain words
 */
public record RecordProblem(String file, long line, String field, String message) implements java.io.Serializable {
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) out.append(':').append(line);
    if (field != null) out.append(" [").append(field).append(']');
    return out.append(": ").append(message).toString();
  }
}
