package org.tiescan.match;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiescan.match.score.NameScorer;
import org.tiescan.match.score.PreparedName;
import org.tiescan.match.score.TokenRarity;
import org.tiescan.model.Schema;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;

/**
 * Scores two names against each other with the same scorer the index uses, e.g. for
 * {@code tiescan compare} and the evaluation. Thread-safe.
 */
public final class NameComparer {
  private final NameAnalyzer analyzer;
  private final TokenRarity rarity;
  private final EntityScorer scorer = new EntityScorer();
  private final NameScorer names = new NameScorer();

  /**
   * @param rarity token rarities; {@link TokenRarity#uniform()} outside an index, where every token
   *     then weighs by its kind alone
   */
  public NameComparer(NameAnalyzer analyzer, TokenRarity rarity) {
    this.analyzer = analyzer;
    this.rarity = rarity;
  }

  /** The standard analyzer with uniform rarities. */
  public static NameComparer standard() {
    return new NameComparer(NameAnalyzers.standard(), TokenRarity.uniform());
  }

  /** The score of two names and why. */
  public record Comparison(double score, Explanation explanation) {}

  /**
   * @param schema FtM schema both names belong to (e.g. {@code Company}, {@code Person}), or null
   */
  public Comparison compare(String a, String b, String schema) {
    EntityScorer.Scored s = scored(prepare(a), prepare(b), schema);
    return new Comparison(s.score(), s.explain());
  }

  /** Analyses a name once, for scoring it against many others with {@link #score}. */
  public PreparedName prepare(String name) {
    return PreparedName.of(analyzer.analyze(name == null ? "" : name), rarity);
  }

  /**
   * Only the score of two prepared names, without an explanation: the fast path for bulk work. Equal
   * to {@code compare(...).score()}: with no identifiers or countries the entity score is the name score.
   */
  public double score(PreparedName a, PreparedName b, String schema) {
    return names.score(a, b, Schema.PERSON.equals(schema)).score();
  }

  private EntityScorer.Scored scored(PreparedName a, PreparedName b, String schema) {
    PreparedQuery q = new PreparedQuery(schema, List.of(a), Map.of(), Set.of());
    Candidate c = new Candidate("right", schema == null ? Schema.LEGAL_ENTITY : schema, List.of(b),
        List.of("name"), Map.of(), Set.of(), () -> null);
    return scorer.score(q, c);
  }
}
