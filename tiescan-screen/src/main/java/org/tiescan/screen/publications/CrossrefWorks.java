package org.tiescan.screen.publications;

import static org.tiescan.screen.publications.OpenAlexWorks.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A Crossref work ({@code /works/DOI} message or an item of {@code /works}): {@code author[]} with
 * {@code given}, {@code family} (or {@code name} for organisations), {@code ORCID} and
 * {@code affiliation[]} ({@code name}, and {@code id[]} with {@code id-type} "ROR" when deposited).
 */
final class CrossrefWorks {
  /** Dates in the order that best gives the year of publication. */
  private static final List<String> DATES = List.of("issued", "published", "published-print", "published-online", "created");

  private CrossrefWorks() {}

  static Work work(String file, long line, JsonNode w) {
    List<Author> authors = new ArrayList<>();
    for (JsonNode a : w.path("author")) {
      String name = text(a.path("name"));
      if (name == null) name = String.join(" ", nonNull(text(a.path("given")), text(a.path("family"))));
      List<Affiliation> affs = new ArrayList<>();
      for (JsonNode af : a.path("affiliation")) affs.add(new Affiliation(text(af.path("name")), ror(af), null, null, null));
      authors.add(new Author(name, text(a.path("ORCID")), affs));
    }
    JsonNode title = w.path("title");
    return new Work(file, line, "crossref", null, Work.doi(text(w.path("DOI"))),
        title.isArray() ? text(title.path(0)) : text(title), year(w), authors, null);
  }

  private static String ror(JsonNode affiliation) {
    for (JsonNode id : affiliation.path("id")) {
      if ("ROR".equalsIgnoreCase(id.path("id-type").asText())) return text(id.path("id"));
    }
    return null;
  }

  private static Integer year(JsonNode w) {
    for (String d : DATES) {
      JsonNode y = w.path(d).path("date-parts").path(0).path(0);
      if (y.isInt()) return y.asInt();
    }
    return null;
  }

  private static List<String> nonNull(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) if (p != null) out.add(p);
    return out;
  }
}
