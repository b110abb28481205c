package org.tiescan.match.score;

import java.util.List;

/**
 * The score of one query name against one entity name, with the alignment that produced it.
 *
 * @param score in [0,1]
 * @param core share of the identifying (distinctive) evidence both names agree on, in [0,1]
 * @param distinctiveMode true when both names had distinctive tokens and only those counted as core
 *     evidence; false when every token counted (names made of places and generic words only)
 */
public record NameScore(PreparedName query, PreparedName candidate, double score, double core,
    boolean distinctiveMode, List<Link> links) {

  public static NameScore none(PreparedName query, PreparedName candidate) {
    return new NameScore(query, candidate, 0.0, 0.0, false, List.of());
  }

  /**
   * How far the two names' legal forms agree: the forms (texts and alternatives: "inc", "ltd", "limited") both
   * have over those either has; 0 when either has none. Not part of the score (a legal form does not tell
   * organisations apart), but of two results scoring the same, the one registered in the query's legal form
   * is the likelier one: "AERO CONTINENTE, INC." before "AERO CONTINENTE S.p.A." for "AERO CONTINENTE INC".
   */
  public double legalFormAgreement() {
    String[] q = query.legalForms();
    String[] c = candidate.legalForms();
    if (q.length == 0 || c.length == 0) return 0;
    int shared = 0;
    for (String form : q) {
      for (String other : c) {
        if (form.equals(other)) {
          shared++;
          break;
        }
      }
    }
    return shared / (double) (q.length + c.length - shared);
  }
}
