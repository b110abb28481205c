package org.tiescan.sources.ror;

import java.util.List;

/**
 * One ROR organisation, as much as screening needs.
 *
 * @param id the ROR id, {@code https://ror.org/...}
 * @param displayName the {@code ror_display} name
 * @param names every label and alias (display name first), any language
 * @param acronyms the {@code acronym} names (short, ambiguous: used for resolution only when exact)
 * @param country ISO alpha-2 of the first location, lower case, or null
 * @param city the first location's city, or null
 * @param types ROR types (education, company, facility, …)
 * @param parents ROR ids this record names as {@code parent}
 * @param children ROR ids this record names as {@code child}
 * @param status active, inactive or withdrawn
 * @param lastModified the record's {@code admin.last_modified.date}
 */
public record RorRecord(String id, String displayName, List<String> names, List<String> acronyms, String country,
    String city, List<String> types, List<String> parents, List<String> children, String status, String lastModified) {
  public RorRecord {
    names = List.copyOf(names);
    acronyms = List.copyOf(acronyms);
    types = List.copyOf(types);
    parents = List.copyOf(parents);
    children = List.copyOf(children);
  }

  /** The short form of the id ({@code 00wk2mp56}). */
  public String shortId() {
    return shortId(id);
  }

  /** The last path segment of a ROR id or URL; the id itself when it has none. */
  public static String shortId(String rorId) {
    if (rorId == null) return null;
    String s = rorId.strip();
    return s.substring(s.lastIndexOf('/') + 1);
  }

  /** The canonical form {@code https://ror.org/<id>} of any spelling (bare id, http, ror.org/...). */
  public static String canonical(String rorId) {
    return rorId == null || rorId.isBlank() ? null : "https://ror.org/" + shortId(rorId).toLowerCase(java.util.Locale.ROOT);
  }
}
