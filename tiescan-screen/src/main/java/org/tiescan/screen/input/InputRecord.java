package org.tiescan.screen.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tiescan.model.RecordProblem;

/**
 * One row of an input file. Serializable so that engines can move records between workers (Spark's
 * shuffle).
 *
 * @param line 1-based line (CSV, JSON lines) or row (XLSX) number where the record starts
 * @param fields the record's fields in file order, column name to value
 * @param problem why the record cannot be screened, or null when it is fine
 */
public record InputRecord(long line, Map<String, String> fields, RecordProblem problem) implements java.io.Serializable {
  public InputRecord {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static InputRecord of(long line, Map<String, String> fields) {
    return new InputRecord(line, fields, null);
  }

  public boolean ok() {
    return problem == null;
  }

  /** The field's value, stripped, or the empty string when absent. */
  public String get(String column) {
    String v = fields.get(column);
    return v == null ? "" : v.strip();
  }
}
