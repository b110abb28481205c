package org.tiescan.store;

import java.util.Locale;

/** Life cycle of a list version: written as staging, then made current, later superseded. */
public enum VersionStatus {
  STAGING, CURRENT, SUPERSEDED;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  static VersionStatus fromSql(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
