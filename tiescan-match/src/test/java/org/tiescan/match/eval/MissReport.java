package org.tiescan.match.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.NameComparer;
import org.tiescan.match.eval.Evaluator.Labelled;

/**
 * Prints the misses of one evaluation set with their explanations, for classifying them (dictionary
 * gap, partial name, conventional spelling, brand): the positives below the threshold and the
 * negatives at or above it. Not a test.
 *
 * <p>Run: {@code java -cp … org.tiescan.match.eval.MissReport tiescan-match/src/test/resources/eval/han-english.csv [threshold]}
 */
public final class MissReport {
  private MissReport() {}

  public static void main(String[] args) throws IOException {
    List<Labelled> pairs = Evaluator.read(Path.of(args[0]));
    double threshold = args.length > 1 ? Double.parseDouble(args[1]) : MatchOptions.DEFAULT_THRESHOLD;
    NameComparer comparer = NameComparer.standard();
    java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
    for (Labelled p : pairs) {
      NameComparer.Comparison c = comparer.compare(p.left(), p.right(), p.schema());
      boolean hit = c.score() >= threshold;
      if (hit == p.positive()) continue;
      System.out.printf("%s %.2f %s | %s  [%s%s]%n", p.positive() ? "MISS" : "FALSE", c.score(), p.left(), p.right(),
          p.source(), Evaluator.tuningHalf(p) ? "" : ", held-out");
      for (var f : c.explanation().features()) System.out.printf("     %-18s %.2f %s%n", f.name(), f.value(), f.detail());
      if (p.positive()) kinds.merge(kindOfMiss(c), 1, Integer::sum);
    }
    System.out.println("misses by kind (rough, from the explanations): " + kinds);
  }

  /**
   * A rough class of a missed positive, read from its explanation: no word in common (brand, former or
   * short name: knowledge), one name contained in the other (a part, a parent or an "affiliated"
   * prefix), only generic words and places differ (translation choices), a romanised word near a
   * Latin one (conventional spelling), or something else.
   */
  static String kindOfMiss(NameComparer.Comparison c) {
    String unmatched = "";
    boolean fuzzyRomanised = false;
    for (var f : c.explanation().features()) {
      if (f.name().equals("name.unmatched")) unmatched = f.detail();
      if (f.name().equals("name.fuzzy") && f.value() < 0.6) fuzzyRomanised = true;
    }
    if (c.score() < 0.2) return "knowledge (no shared distinctive word)";
    if (fuzzyRomanised) return "conventional spelling";
    if (!unmatched.contains("query:") || !unmatched.contains("entity:")) return "partial (one name inside the other)";
    if (!unmatched.contains("[distinctive")) return "translation choices (generic words, places)";
    return "other (distinctive words differ)";
  }
}
