package org.tiescan.match;

/**
 * @param threshold results at or above it are {@code match = true}; results below it are still
 *     returned when {@code includeBelowThreshold}
 * @param limit maximum results per query
 */
public record MatchOptions(double threshold, int limit, boolean includeBelowThreshold) {
  /** The default threshold, chosen on the evaluation sets (see docs/matching.md). */
  public static final double DEFAULT_THRESHOLD = 0.7;

  public static MatchOptions defaults() {
    return new MatchOptions(DEFAULT_THRESHOLD, 5, false);
  }
}
