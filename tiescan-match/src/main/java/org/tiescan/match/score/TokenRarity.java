package org.tiescan.match.score;

/**
 * How rare a token is among list names, in (0,1]: 1 for rare tokens, low for tokens found in many
 * entries ("china", "technology"). The index supplies one from its document frequencies.
 */
@FunctionalInterface
public interface TokenRarity {
  double of(String token);

  /** Every token equally rare: scores then depend on token kinds alone. */
  static TokenRarity uniform() {
    return token -> 1.0;
  }

  /**
   * Rarity from a document frequency: 1 up to {@code commonFrom} entries, then falling with the log of
   * the frequency to {@code floor} for a token found in every one of {@code total} entries.
   */
  static double fromDocFreq(long docFreq, long total, double floor) {
    final double commonFrom = 5;
    if (docFreq <= commonFrom || total <= commonFrom) return 1.0;
    double r = 1.0 - Math.log(docFreq / commonFrom) / Math.log(Math.max(total, docFreq) / commonFrom);
    return Math.max(floor, r);
  }
}
