package org.tiescan.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting and combining of ownership percentages. */
final class Shares {
  private Shares() {}

  static String format(double pct) {
    return new BigDecimal(pct).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
  }

  /** Indirect share through a chain: the product of the shares, as a percentage. */
  static double chain(double outerPct, double innerPct) {
    return outerPct * innerPct / 100.0;
  }
}
