package org.tiescan.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.match.NameComparer;
import org.tiescan.match.eval.Evaluator;
import org.tiescan.match.eval.Evaluator.Labelled;

/**
 * Properties of the score over the real labelled pairs of {@code src/test/resources/eval/} (list
 * names and their variants, ROR and EU Chinese ↔ English names): the scores spread over [0,1]
 * instead of collapsing at the ends, and the score does not depend on which name comes first.
 */
class ScoreDistributionTest {
  private static final NameComparer CMP = NameComparer.standard();
  private static final List<Labelled> PAIRS = new ArrayList<>();
  private static final List<PreparedName[]> PREPARED = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    Path eval = Path.of("src/test/resources/eval");
    PAIRS.addAll(Evaluator.read(eval.resolve("han-english.csv")));
    PAIRS.addAll(Evaluator.read(eval.resolve("latin-variants.csv")));
    for (Labelled p : PAIRS) PREPARED.add(new PreparedName[] {CMP.prepare(p.left()), CMP.prepare(p.right())});
  }

  /**
   * 1.0 is reserved for names whose compared tokens are the same words (after normalisation: case,
   * punctuation, legal forms, word order, translation of known words), 0 for names sharing no word;
   * every other pair lies strictly between, and the pairs with partial evidence fill every tenth of
   * the interval.
   */
  @Test
  void scoresSpreadOverTheUnitIntervalAndTheEndsMeanAllOrNothing() {
    NameScorer scorer = new NameScorer();
    int[] tenths = new int[10];
    int partial = 0;
    for (int i = 0; i < PAIRS.size(); i++) {
      PreparedName[] p = PREPARED.get(i);
      NameScore s = scorer.score(p[0], p[1]);
      String pair = PAIRS.get(i).left() + " | " + PAIRS.get(i).right();
      if (sameWords(p[0], p[1])) {
        assertThat(s.score()).as(pair).isEqualTo(1.0);
      } else if (s.links().isEmpty()) {
        assertThat(s.score()).as(pair).isEqualTo(0.0);
      } else {
        assertThat(s.score()).as(pair).isGreaterThan(0.0).isLessThan(1.0);
        tenths[Math.min(9, (int) (s.score() * 10))]++;
        partial++;
      }
    }
    assertThat(partial).as("pairs with partial evidence").isGreaterThan(PAIRS.size() / 3);
    for (int t = 0; t < 10; t++) assertThat(tenths[t]).as("pairs scoring in [%d/10, %d/10)", t, t + 1).isPositive();
  }

  private static boolean sameWords(PreparedName a, PreparedName b) {
    List<String> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    // a word that only repeats a legal form of the other name ("Private" against "(Private) Limited") is no word,
    // and a place or generic word said twice in one name (国家 "national" + 国防科技工业局 "… for national defense") is one
    for (int i = 0; i < a.size(); i++) if (!NameScorer.echoesLegalForm(a, i, b)) addWord(x, a, i);
    for (int i = 0; i < b.size(); i++) if (!NameScorer.echoesLegalForm(b, i, a)) addWord(y, b, i);
    x.sort(null);
    y.sort(null);
    return !x.isEmpty() && x.equals(y);
  }

  private static void addWord(List<String> words, PreparedName n, int i) {
    if (PreparedName.isIdentifying(n.kind(i)) || !words.contains(n.text(i))) words.add(n.text(i));
  }

  @Test
  void swappingTheNamesGivesTheSameScore() {
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < PAIRS.size(); i++) {
      if (Math.abs(score(i, false) - score(i, true)) > 1e-9) differ.add(PAIRS.get(i).left() + " | " + PAIRS.get(i).right());
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void positivesScoreHigherThanHardNegativesOnAverage() {
    double pos = 0, neg = 0;
    int np = 0, nn = 0;
    for (int i = 0; i < PAIRS.size(); i++) {
      if (PAIRS.get(i).positive()) { pos += score(i, false); np++; } else { neg += score(i, false); nn++; }
    }
    assertThat(pos / np).isGreaterThan(neg / nn + 0.3);
  }

  private static double score(int i, boolean swapped) {
    PreparedName[] p = PREPARED.get(i);
    String schema = PAIRS.get(i).schema();
    return swapped ? CMP.score(p[1], p[0], schema) : CMP.score(p[0], p[1], schema);
  }
}
