package org.tiescan.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.match.eval.Evaluator;
import org.tiescan.match.eval.Evaluator.Labelled;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;

/**
 * The bound never falls below the score, on every labelled pair of {@code src/test/resources/eval/}
 * (both orders, company and person rules) and on unrelated pairs made by pairing each left name with
 * the right name of the pair half the list away, which is what most retrieved candidates look like. Token rarities are
 * the real document frequencies of the tokens over those names, so that weights differ as in an index.
 */
class NameBoundTest {
  private static final NameScorer SCORER = new NameScorer();
  private static final List<PreparedName[]> PAIRS = new ArrayList<>();
  private static final List<PreparedName[]> UNRELATED = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    Path eval = Path.of("src/test/resources/eval");
    List<Labelled> labelled = new ArrayList<>();
    for (String f : List.of("han-english.csv", "latin-variants.csv", "latin-orgs.csv")) {
      labelled.addAll(Evaluator.read(eval.resolve(f)));
    }
    NameAnalyzer analyzer = NameAnalyzers.standard();
    List<AnalyzedName[]> analysed = new ArrayList<>();
    Map<String, Integer> docFreq = new HashMap<>();
    for (Labelled p : labelled) {
      AnalyzedName[] pair = {analyzer.analyze(p.left()), analyzer.analyze(p.right())};
      analysed.add(pair);
      for (AnalyzedName n : pair) {
        n.matchTokens().stream().map(t -> t.text()).distinct().forEach(t -> docFreq.merge(t, 1, Integer::sum));
      }
    }
    int total = 2 * analysed.size();
    TokenRarity rarity = t -> TokenRarity.fromDocFreq(docFreq.getOrDefault(t, 0), total, 0.15);
    for (int i = 0; i < analysed.size(); i++) {
      AnalyzedName[] p = analysed.get(i);
      PAIRS.add(new PreparedName[] {PreparedName.of(p[0], rarity), PreparedName.of(p[1], rarity)});
      AnalyzedName other = analysed.get((i + analysed.size() / 2) % analysed.size())[1];
      UNRELATED.add(new PreparedName[] {PreparedName.of(p[0], rarity), PreparedName.of(other, rarity)});
    }
  }

  @Test
  void neverBelowTheScoreOnLabelledPairs() {
    assertBoundHolds(PAIRS);
  }

  @Test
  void neverBelowTheScoreOnUnrelatedPairs() {
    assertBoundHolds(UNRELATED);
  }

  @Test
  void ruleOutMostUnrelatedPairsAtTheDefaultThreshold() {
    long ruledOut = UNRELATED.stream().filter(p -> NameBound.of(p[0], p[1], false) < 0.7).count();
    // otherwise the matcher would still align nearly every candidate
    assertThat((double) ruledOut / UNRELATED.size()).isGreaterThan(0.9);
  }

  @Test
  void exactForIdenticalNames() {
    PreparedName[] p = PAIRS.get(0);
    assertThat(NameBound.of(p[0], p[0], false)).isGreaterThanOrEqualTo(SCORER.score(p[0], p[0]).score());
  }

  private static final double[] FLOORS = {0.5, 0.7, 0.9};

  /** With a floor the bound is the same when it reaches the floor, and below the floor but never below the score otherwise. */
  private static void assertFloorKeepsTheBound(PreparedName a, PreparedName b, boolean person, double floor,
      double bound, double score) {
    double withFloor = NameBound.of(a, b, person, floor);
    boolean kept = bound >= floor ? withFloor == bound : withFloor < floor && withFloor >= bound;
    if (!kept) {
      throw new AssertionError("bound with floor " + floor + " is " + withFloor + ", without " + bound + ", score "
          + score + " for '" + a.original() + "' vs '" + b.original() + "'");
    }
  }

  private static void assertBoundHolds(List<PreparedName[]> pairs) {
    int checked = 0;
    for (PreparedName[] p : pairs) {
      for (boolean person : new boolean[] {false, true}) {
        for (int order = 0; order < 2; order++) {
          PreparedName a = p[order];
          PreparedName b = p[1 - order];
          double score = SCORER.score(a, b, person).score();
          double bound = NameBound.of(a, b, person);
          if (bound < score) {
            throw new AssertionError("bound " + bound + " < score " + score + " for '" + a.original() + "' vs '"
                + b.original() + "' (person rules: " + person + ")");
          }
          for (double floor : FLOORS) assertFloorKeepsTheBound(a, b, person, floor, bound, score);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(60_000);
  }
}
