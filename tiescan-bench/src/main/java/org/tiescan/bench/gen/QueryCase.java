package org.tiescan.bench.gen;

/**
 * One generated query with its truth.
 *
 * @param name the name to screen
 * @param country ISO2 country or empty
 * @param truthId the entity the query was made from, or empty for an unrelated name
 * @param kind how it was made: a {@link NameVariants.Kind} name, or {@code UNRELATED}
 */
public record QueryCase(String name, String country, String truthId, String kind) {
  public static final String UNRELATED = "UNRELATED";

  public boolean positive() {
    return !truthId.isEmpty();
  }
}
