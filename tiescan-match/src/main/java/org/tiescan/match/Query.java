package org.tiescan.match;

import java.util.List;

/**
 * What to look for: one record to screen, in the shape of yente's match query.
 *
 * @param schema FtM schema of the thing screened, e.g. {@code Company}; null means any
 * @param names names in any script (at least one, or at least one identifier)
 * @param countries ISO 3166-1 alpha-2 codes, lower or upper case; may be empty
 * @param identifiers raw identifiers of any kind (USCC, LEI, ISIN, ticker, registration number); may be empty
 */
public record Query(String schema, List<String> names, List<String> countries, List<String> identifiers) {
  public Query {
    names = names == null ? List.of() : List.copyOf(names);
    countries = countries == null ? List.of() : List.copyOf(countries);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  public static Query ofName(String name) {
    return new Query(null, List.of(name), List.of(), List.of());
  }
}
