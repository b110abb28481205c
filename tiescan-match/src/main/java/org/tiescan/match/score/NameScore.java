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
}
