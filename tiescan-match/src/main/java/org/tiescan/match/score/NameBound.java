package org.tiescan.match.score;

import java.util.Arrays;

/**
 * A cheap upper bound of {@link NameScorer#score(PreparedName, PreparedName, boolean)}, computed
 * without aligning: a token counts as matched when <em>any</em> kind of link (same form, spelling,
 * compound, initials) could possibly include it, judged from letter sets and lengths alone. The
 * matcher scores candidates in order of this bound and stops once the bound cannot reach the
 * threshold or beat the results it already has, so most retrieved candidates are never aligned.
 * The bound must never be below the score: {@code NameBoundTest} checks that on the evaluation pairs;
 * a new kind of link in {@link NameScorer#align} needs its own rule here.
 */
public final class NameBound {
  /** Absorbs rounding differences between the bound's sums and the scorer's. */
  private static final double SLACK = 1e-9;
  /** A fuzzy link changes at most 2 × 3 members of a token's letter set (three edits at most). */
  private static final int MAX_LETTER_CHANGES = 6;

  private NameBound() {}

  /** An upper bound of {@code new NameScorer().score(q, c, everyTokenCore).score()}. */
  public static double of(PreparedName q, PreparedName c, boolean everyTokenCore) {
    return of(q, c, everyTokenCore, Double.NEGATIVE_INFINITY);
  }

  /**
   * An upper bound of the score, exactly {@link #of(PreparedName, PreparedName, boolean)} when that is
   * at least {@code floor}; below it, possibly a looser one (still below {@code floor}). The query side
   * alone often shows that a pair cannot reach the threshold, and then the candidate side's links, half
   * of the work, are never looked for.
   */
  public static double of(PreparedName q, PreparedName c, boolean everyTokenCore, double floor) {
    if (q.size() == 0 || c.size() == 0) return 0;
    boolean[] qLinkable = linkable(q, c);
    boolean any = false;
    for (boolean b : qLinkable) any |= b;
    if (!any) return 0; // no link, no score
    boolean distinctiveMode = !everyTokenCore && q.hasDistinctiveWord() && c.hasDistinctiveWord();
    boolean modifiers = distinctiveMode && (q.hasModifier() || c.hasModifier());
    double queryCoverage = coverage(q, c, qLinkable, distinctiveMode);
    // the candidate side's coverage is at most 1
    double atMost = Math.max(1 - NameScorer.CORE_SHARE, score(queryCoverage, modifiers)) + SLACK;
    if (atMost < floor) return atMost;
    double core = queryCoverage * coverage(c, q, linkable(c, q), distinctiveMode);
    double score = core == 0 ? 1 - NameScorer.CORE_SHARE : score(core, modifiers);
    return Math.min(1.0, score + SLACK);
  }

  private static double score(double core, boolean modifiers) {
    return modifiers ? NameScorer.CORE_SHARE * core + (1 - NameScorer.CORE_SHARE) : core;
  }

  /** Best case of the scorer's coverage: every linkable token fully matched, the others unmatched. */
  private static double coverage(PreparedName n, PreparedName other, boolean[] linkable, boolean distinctiveMode) {
    double matched = 0;
    double unmatched = 0;
    for (int i = 0; i < n.size(); i++) {
      if (!NameScorer.isCore(n.kind(i), distinctiveMode)) continue;
      double w = NameScorer.kindWeight(n.kind(i), distinctiveMode) * n.rarity(i);
      if (n.text(i).length() == 1) w *= NameScorer.SINGLE_LETTER_WEIGHT;
      if (linkable[i]) {
        matched += w;
      } else if (!NameScorer.echoesLegalForm(n, i, other) && !n.repeats(i, k -> linkable[k])) {
        unmatched += leastUnmatchedWeight(n, i, other, linkable, w);
      }
    }
    return matched + unmatched == 0 ? 0 : matched / (matched + unmatched);
  }

  /**
   * The smallest weight the scorer could give unmatched token i: every discount whose condition the
   * best case allows (untranslated, part of a partly matched word or of the parent before 附属, a
   * qualifier across scripts, the name's own initials) is applied.
   */
  private static double leastUnmatchedWeight(PreparedName n, int i, PreparedName other, boolean[] linkable, double w) {
    if (NameScorer.untranslated(n, i, other)) w *= NameScorer.UNTRANSLATED_WEIGHT;
    if (n.inParentPrefix(i) || n.partOfMatched(i, k -> linkable[k])) w *= NameScorer.PARTIAL_TRANSLATION_WEIGHT;
    if (NameScorer.mayBeLeftOutQualifier(n, i, other)) w *= NameScorer.QUALIFIER_WEIGHT;
    if (NameScorer.mayBeLeftOutCountry(n, i, other)) w *= NameScorer.QUALIFIER_WEIGHT * n.countryShare(i);
    if (n.isOwnAcronym(i)) w *= NameScorer.OWN_ACRONYM_WEIGHT;
    return w;
  }

  /** For each token of {@code n}: could any link of the alignment with {@code other} include it? */
  static boolean[] linkable(PreparedName n, PreparedName other) {
    boolean[] out = new boolean[n.size()];
    markInitials(n, other, out);
    markExpansions(n, other, out);
    for (int i = 0; i < n.size(); i++) {
      out[i] |= asOneOfCompound(n, i, other);
      for (int j = 0; j < other.size() && !out[i]; j++) {
        out[i] = same(n, i, other, j) || fuzzy(n, i, other, j) || inCompound(n, i, other, j);
      }
    }
    return out;
  }

  private static boolean same(PreparedName a, int i, PreparedName b, int j) {
    return a.text(i).equals(b.text(j))
        || (a.formBits(i) & b.formBits(j)) != 0 && NameScorer.sharesForm(a.forms(i), b.forms(j));
  }

  /** The cheap tests {@code NameScorer.fuzzyLink} itself runs before the edit distance. */
  private static boolean fuzzy(PreparedName a, int i, PreparedName b, int j) {
    String x = a.text(i);
    String y = b.text(j);
    if (a.hasDigit(i) || b.hasDigit(j) || Math.min(x.length(), y.length()) < NameScorer.FUZZY_MIN_LENGTH) return false;
    int edits = NameScorer.maxEdits(Math.max(x.length(), y.length()));
    return Long.bitCount(a.letters(i) ^ b.letters(j)) <= 2 * edits
        && Long.bitCount(a.bigrams(i) ^ b.bigrams(j)) <= 6 * edits;
  }

  /**
   * Token i and a neighbour, written together with whatever else, could be token j (or one of its
   * forms): every run of two or more adjacent tokens holds i and its left or right neighbour.
   */
  private static boolean inCompound(PreparedName run, int i, PreparedName one, int j) {
    return i > 0 && compoundFits(run, i - 1, one, j) || i + 1 < run.size() && compoundFits(run, i, one, j);
  }

  /** Token i could be a run of two or more adjacent tokens of the other name written together. */
  private static boolean asOneOfCompound(PreparedName one, int i, PreparedName run) {
    for (int k = 0; k + 1 < run.size(); k++) if (compoundFits(run, k, one, i)) return true;
    return false;
  }

  /**
   * Whether tokens k and k+1 of {@code run} can begin or lie inside a run equal to token j of {@code
   * one}: a compound within {@link NameScorer#COMPOUND_MIN_RATIO} of j's text is at most two letters
   * longer and has at most two changed letter-set members per edit; one equal to a form of j has only
   * that form's letters.
   */
  private static boolean compoundFits(PreparedName run, int k, PreparedName one, int j) {
    int length = run.pairLength(k);
    int target = one.text(j).length();
    if (length <= target + 2 && Long.bitCount(run.pairLetters(k) & ~one.letters(j)) <= 2 * compoundEdits(target)) {
      return true;
    }
    return length <= one.otherFormLength(j) && (run.pairLetters(k) & ~one.formLetters(j)) == 0;
  }

  /** The edits a compound of a token of {@code target} letters may hold, by that length. */
  private static final int[] COMPOUND_EDITS = new int[64];

  static {
    for (int target = 0; target < COMPOUND_EDITS.length; target++) COMPOUND_EDITS[target] = edits(target);
  }

  private static int compoundEdits(int target) {
    return target < COMPOUND_EDITS.length ? COMPOUND_EDITS[target] : edits(target);
  }

  /** Within {@link NameScorer#COMPOUND_MIN_RATIO} of the target's text, at most two letters longer. */
  private static int edits(int target) {
    return Math.min(NameScorer.maxEdits(target + 2),
        (int) Math.floor((1 - NameScorer.COMPOUND_MIN_RATIO) * (target + 2) + 1e-9));
  }

  /**
   * Marks the tokens of {@code n} that can take part in an expansion link ({@code NameScorer.expansionRuns}): a
   * run spelling a phrase form of a token of {@code other}, or a token with a phrase form that a run of
   * {@code other} spells.
   */
  private static void markExpansions(PreparedName n, PreparedName other, boolean[] out) {
    NameScorer.expansions(n, other, (j, from, to) -> Arrays.fill(out, from, to, true));
    NameScorer.expansions(other, n, (j, from, to) -> out[j] = true);
  }

  /** Marks the tokens of {@code n} that can take part in an acronym link, on either side of it. */
  private static void markInitials(PreparedName n, PreparedName other, boolean[] out) {
    for (int i = 0; i < n.size(); i++) {
      if (isAcronym(n, i, other) && spelled(other, n.text(i)) >= 0) out[i] = true;
    }
    for (int j = 0; j < other.size(); j++) {
      if (!isAcronym(other, j, n)) continue;
      String acronym = other.text(j);
      for (int from = 0; from + acronym.length() <= n.size(); from++) {
        if (n.initialsAt(from, acronym)) {
          for (int k = from; k < from + acronym.length(); k++) out[k] = true;
        }
      }
    }
  }

  /** Where a run of tokens of {@code run} has initials spelling {@code acronym}, or -1. */
  private static int spelled(PreparedName run, String acronym) {
    for (int from = 0; from + acronym.length() <= run.size(); from++) {
      if (run.initialsAt(from, acronym)) return from;
    }
    return -1;
  }

  /** A token {@code NameScorer} would try as the initials of as many of the other name's tokens. */
  private static boolean isAcronym(PreparedName n, int i, PreparedName other) {
    return n.acronymShaped(i) && other.size() >= n.text(i).length() && other.mayHaveInitials(n.letters(i));
  }
}
