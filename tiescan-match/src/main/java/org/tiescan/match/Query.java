package org.tiescan.match;

import java.util.List;

/**
 * What to look for: one record to screen, in the shape of yente's match query.
 *
 * @param schema FtM schema of the thing screened, e.g. {@code Company}; null means any
 * @param names names in any script (at least one, or at least one identifier)
 * @param countries ISO 3166-1 alpha-2 codes, lower or upper case; may be empty
 * @param identifiers raw identifiers of any kind (USCC, LEI, ISIN, ticker, registration number); may be empty
 *
 * <p>A name longer than {@link #MAX_NAME_LENGTH} characters is matched on its first part only (see
 * {@link #matchedPart}): comparing names costs more than linear time in their words, and no name on a
 * list comes near that length. Screeners refuse such a record with a problem instead, so it shows.
 */
public record Query(String schema, List<String> names, List<String> countries, List<String> identifiers) {
  public Query {
    names = names == null ? List.of() : List.copyOf(names);
    countries = countries == null ? List.of() : List.copyOf(countries);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /**
   * The longest name matched in full, in characters: five times the longest name in the bundled and
   * shared lists (384 characters, a BIS entry for the Ministry of Defence of the Russian Federation).
   */
  public static final int MAX_NAME_LENGTH = 2_000;

  /** How far back from the cut a space is looked for, so that the kept part ends with a whole word. */
  private static final int WORD_END_WINDOW = 100;

  /** The part of {@code name} that is matched: all of it, or its first words up to {@link #MAX_NAME_LENGTH}. */
  public static String matchedPart(String name) {
    if (name.length() <= MAX_NAME_LENGTH) return name;
    int cut = MAX_NAME_LENGTH;
    if (Character.isLowSurrogate(name.charAt(cut))) cut--;
    for (int i = cut; i > MAX_NAME_LENGTH - WORD_END_WINDOW; i--) {
      if (Character.isWhitespace(name.charAt(i))) return name.substring(0, i);
    }
    return name.substring(0, cut);
  }

  public static Query ofName(String name) {
    return new Query(null, List.of(name), List.of(), List.of());
  }
}
