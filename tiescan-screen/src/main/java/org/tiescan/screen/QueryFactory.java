package org.tiescan.screen;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.match.Query;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputRecord;

/** Builds the query for one record from the mapped columns, or says why the record cannot be screened. */
public final class QueryFactory {
  /** Compiled once: String.split compiles a pattern of more than one character on every call, for every record. */
  private static final java.util.regex.Pattern COUNTRY_SEPARATORS = java.util.regex.Pattern.compile("[;,/]");
  private final ColumnMapping columns;
  private final String file;

  public QueryFactory(String file, ColumnMapping columns) {
    this.file = file;
    this.columns = columns;
  }

  /** The query, or null when {@link #problem} is not null. */
  public Query query(InputRecord r) {
    List<String> names = new ArrayList<>();
    for (String c : columns.nameColumns()) {
      String v = r.get(c);
      if (!v.isEmpty()) names.add(v);
    }
    List<String> countries = new ArrayList<>();
    if (columns.countryColumn() != null) {
      for (String part : COUNTRY_SEPARATORS.split(r.get(columns.countryColumn()))) {
        String code = Countries.code(part);
        if (code != null && !countries.contains(code)) countries.add(code);
      }
    }
    List<String> identifiers = new ArrayList<>();
    for (String c : columns.identifierColumns()) {
      for (String part : r.get(c).split(";")) if (!part.isBlank()) identifiers.add(part.strip());
    }
    return new Query(columns.schema(), names, countries, identifiers);
  }

  /** Why the record cannot be screened, or null when it can. */
  public RecordProblem problem(InputRecord r, Query q) {
    if (r.problem() != null) return r.problem();
    if (q.names().isEmpty() && q.identifiers().isEmpty()) {
      String field = String.join(", ", columns.nameColumns());
      return new RecordProblem(file, r.line(), field, "empty name");
    }
    for (String c : columns.nameColumns()) {
      int length = r.get(c).length();
      if (length > Query.MAX_NAME_LENGTH) return new RecordProblem(file, r.line(), c, tooLong(length));
    }
    return null;
  }

  /** A name this long is a paragraph (a description or address column mapped as the name, say), not a name. */
  private static String tooLong(int length) {
    return String.format(java.util.Locale.ROOT,
        "name of %,d characters; a name longer than %,d characters is not screened (is the right column the name?)",
        length, Query.MAX_NAME_LENGTH);
  }
}
