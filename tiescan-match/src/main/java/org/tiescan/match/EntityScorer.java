package org.tiescan.match;

import java.util.Map;
import org.tiescan.match.score.NameBound;
import org.tiescan.match.score.NameScore;
import org.tiescan.match.score.NameScorer;
import org.tiescan.match.score.PreparedName;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;

/**
 * Combines name, identifier and country evidence into one score in [0,1]: the best name pair sets
 * the base; a country mismatch lowers it; an exact identifier match lifts it to at least
 * {@value #IDENTIFIER_FLOOR} whatever the names say.
 */
final class EntityScorer {
  static final double IDENTIFIER_FLOOR = 0.95;
  static final double COUNTRY_MISMATCH_FACTOR = 0.85;
  /**
   * The most a name listed as a weak alias can score: below the default threshold (0.7), so that a weak
   * alias alone never makes a hit. FollowTheMoney defines {@code weakAlias} as "a relatively broad or
   * generic alias that should not be used for matching in screening systems", useful to confirm a match
   * that other evidence triggered: with an identifier it still shows, lifted by {@link #IDENTIFIER_FLOOR}.
   * The lists mark such names themselves (OFAC's weak a.k.a., the EU's and UK's non-strong names, the
   * UN's low-quality aliases).
   */
  static final double WEAK_ALIAS_CAP = 0.6;
  private final NameScorer names = new NameScorer();

  /** The evidence for one candidate; {@code bestName} may be null when no names were compared. */
  record Scored(Candidate candidate, double score, NameScore bestName, String matchedProp,
      String identifier, Explanations.Feature country) {

    Explanation explain() {
      return Explanations.of(bestName, matchedProp, identifier, country, score);
    }
  }

  /**
   * A candidate with an upper bound of its score, before any name is aligned.
   *
   * @param pairBounds {@link NameBound} of each (query name, candidate name) pair, query names outer
   */
  record Bounded(Candidate candidate, double[] pairBounds, Explanations.Feature country, String identifier,
      double bound) {}

  /** Null when the candidate's schema cannot answer the query (a person for a company query). */
  Scored score(PreparedQuery q, Candidate c) {
    Bounded b = bound(q, c, Double.NEGATIVE_INFINITY);
    return b == null ? null : score(q, b);
  }

  /**
   * The bound of {@link #score}; null when the schemas are incompatible. Cheap: no alignment. Exact
   * when it is at least {@code floor}; a candidate whose bound is below the floor may get a looser bound,
   * still below the floor (the matcher never aligns those).
   */
  Bounded bound(PreparedQuery q, Candidate c, double floor) {
    if (!Schema.compatible(q.schema(), c.schema())) return null;
    boolean person = Schema.PERSON.equals(c.schema());
    Explanations.Feature country = country(q, c);
    String identifier = identifier(q, c);
    // an identifier lifts any name score over the floor; a country mismatch only lowers it
    double nameFloor = identifier != null ? Double.NEGATIVE_INFINITY : floor;
    double[] pairs = new double[q.names().size() * c.names().size()];
    double best = 0;
    int k = 0;
    for (PreparedName qn : q.names()) {
      for (int i = 0; i < c.names().size(); i++) {
        pairs[k] = capped(NameBound.of(qn, c.names().get(i), person, nameFloor), c.nameProps().get(i));
        best = Math.max(best, pairs[k++]);
      }
    }
    return new Bounded(c, pairs, country, identifier, combine(best, country, identifier));
  }

  /** Scores a bounded candidate; name pairs whose bound cannot beat the best pair so far are skipped. */
  Scored score(PreparedQuery q, Bounded b) {
    Candidate c = b.candidate();
    boolean person = Schema.PERSON.equals(c.schema());
    NameScore best = null;
    double bestScore = 0;
    String bestProp = null;
    int k = 0;
    for (PreparedName qn : q.names()) {
      for (int i = 0; i < c.names().size(); i++) {
        // the first pair with the highest score wins; one that can at most tie it cannot replace it
        double bound = b.pairBounds()[k++];
        if (best != null && bound <= bestScore) continue;
        NameScore s = names.score(qn, c.names().get(i), person);
        double score = capped(s.score(), c.nameProps().get(i));
        if (best == null || score > bestScore) {
          best = s;
          bestScore = score;
          bestProp = c.nameProps().get(i);
        }
      }
    }
    double score = combine(bestScore, b.country(), b.identifier());
    return new Scored(c, score, best, bestProp, b.identifier(), b.country());
  }

  /** A name score, or bound, as far as the property the name stands in lets it count. */
  private static double capped(double nameScore, String prop) {
    return Prop.WEAK_ALIAS.equals(prop) ? Math.min(nameScore, WEAK_ALIAS_CAP) : nameScore;
  }

  /** The entity score from the best name score: a country mismatch lowers it, an identifier lifts it. */
  private static double combine(double nameScore, Explanations.Feature country, String identifier) {
    double score = nameScore;
    if (country != null && country.name().equals("country.mismatch")) score *= COUNTRY_MISMATCH_FACTOR;
    if (identifier != null) score = IDENTIFIER_FLOOR + (1 - IDENTIFIER_FLOOR) * score;
    return score;
  }

  private static String identifier(PreparedQuery q, Candidate c) {
    for (Map.Entry<String, String> e : q.identifiers().entrySet()) {
      String label = c.identifiers().get(e.getKey());
      if (label != null) return label;
    }
    return null;
  }

  private static Explanations.Feature country(PreparedQuery q, Candidate c) {
    if (q.countries().isEmpty() || c.countries().isEmpty()) return null;
    for (String country : q.countries()) {
      if (c.countries().contains(country)) return new Explanations.Feature("country.match", 0.0, "country " + country);
    }
    return new Explanations.Feature("country.mismatch", COUNTRY_MISMATCH_FACTOR - 1,
        "country " + String.join("/", q.countries()) + " ≠ " + String.join("/", c.countries()));
  }
}
