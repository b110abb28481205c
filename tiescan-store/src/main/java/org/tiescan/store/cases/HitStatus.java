package org.tiescan.store.cases;

import java.util.Locale;

/** Where a reviewer stands on a hit. */
public enum HitStatus {
  PENDING, CONFIRMED, CLEARED, ESCALATED;

  public String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static HitStatus parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
