package org.tiescan.store.runs;

import java.util.Locale;

/** A run is running until it is finished or failed. */
public enum RunStatus {
  RUNNING, FINISHED, FAILED;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RunStatus fromSql(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
