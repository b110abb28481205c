package org.tiescan.match;

import java.util.List;

/**
 * Why a result scored what it scored, in terms a reviewer can check.
 *
 * @param queryName the input name that gave the best evidence (null if only an identifier matched)
 * @param matchedName the entity's name (or alias) it matched
 * @param features the pieces of evidence with their contribution to the score, in order of weight
 * @param summary one human sentence, e.g. "name 'HIKVISION' = alias 'HIKVISION' (exact after normalisation)"
 */
public record Explanation(String queryName, String matchedName, List<Feature> features, String summary) {
  public Explanation {
    features = features == null ? List.of() : List.copyOf(features);
  }

  /**
   * One piece of evidence.
   *
   * @param name machine name, e.g. {@code name.tokens}, {@code identifier}, {@code country.mismatch}
   * @param value its contribution (positive or negative) or similarity in [0,1]
   * @param detail human detail, e.g. "hangzhou ↔ 杭州 (han-latin)"
   */
  public record Feature(String name, double value, String detail) {}
}
