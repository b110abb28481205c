package org.tiescan.match.score;

/**
 * One aligned piece of two names: query tokens [qFrom, qTo) matched entity tokens [cFrom, cTo).
 *
 * @param sim similarity in (0,1] credited to every token of the link
 * @param how how the tokens were found equal
 */
public record Link(int qFrom, int qTo, int cFrom, int cTo, double sim, How how) {
  /** The ways two token runs can match, strongest first. */
  public enum How {
    /** Same normalised token. */
    EXACT,
    /** A translation, transliteration or expansion of one equals the other (科技 → technology, tech → technology). */
    ALTERNATIVE,
    /** Adjacent tokens written together on the other side (hik vision ↔ hikvision, haikang weishi ↔ 海康威视). */
    COMPOUND,
    /** Initials of a run of tokens (xpcc ↔ xinjiang production construction corps). */
    ACRONYM,
    /** Small spelling difference (typo or variant transliteration). */
    FUZZY
  }

  int span() {
    return (qTo - qFrom) + (cTo - cFrom);
  }
}
