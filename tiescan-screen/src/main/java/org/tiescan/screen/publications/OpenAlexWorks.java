package org.tiescan.screen.publications;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAlex work: {@code authorships[]} with {@code institutions[]} (id, display_name, ror,
 * country_code), {@code raw_affiliation_strings[]} and, in newer records, {@code affiliations[]}
 * tying each raw string to its institution ids.
 */
final class OpenAlexWorks {
  private OpenAlexWorks() {}

  static Work work(String file, long line, JsonNode w) {
    List<Author> authors = new ArrayList<>();
    for (JsonNode a : w.path("authorships")) {
      String name = text(a.path("author").path("display_name"));
      if (name == null) name = text(a.path("raw_author_name"));
      authors.add(new Author(name, text(a.path("author").path("orcid")), affiliations(a)));
    }
    String title = text(w.path("title"));
    return new Work(file, line, "openalex", text(w.path("id")), Work.doi(text(w.path("doi"))),
        title != null ? title : text(w.path("display_name")), year(w.path("publication_year")), authors, null);
  }

  private static List<Affiliation> affiliations(JsonNode authorship) {
    Map<String, JsonNode> institutions = new HashMap<>();
    for (JsonNode i : authorship.path("institutions")) institutions.put(i.path("id").asText(""), i);
    List<Affiliation> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (JsonNode af : authorship.path("affiliations")) {
      String raw = text(af.path("raw_affiliation_string"));
      if (af.path("institution_ids").isEmpty()) out.add(Affiliation.ofRaw(raw));
      for (JsonNode id : af.path("institution_ids")) {
        used.add(id.asText());
        out.add(institution(raw, id.asText(), institutions.get(id.asText())));
      }
    }
    List<String> raws = new ArrayList<>();
    authorship.path("raw_affiliation_strings").forEach(r -> raws.add(r.asText()));
    boolean described = !out.isEmpty();
    for (Map.Entry<String, JsonNode> i : institutions.entrySet()) {
      if (used.contains(i.getKey())) continue;
      // older records: a single raw string belongs to a single institution; several cannot be paired
      String raw = !described && raws.size() == 1 && institutions.size() == 1 ? raws.get(0) : null;
      out.add(institution(raw, i.getKey(), i.getValue()));
    }
    if (!described && !(raws.size() == 1 && institutions.size() == 1)) raws.forEach(r -> out.add(Affiliation.ofRaw(r)));
    return out;
  }

  private static Affiliation institution(String raw, String id, JsonNode inst) {
    if (inst == null) return new Affiliation(raw, null, id, null, null);
    String cc = text(inst.path("country_code"));
    return new Affiliation(raw, text(inst.path("ror")), id, text(inst.path("display_name")),
        cc == null ? null : cc.toLowerCase(Locale.ROOT));
  }

  static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return null;
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  static Integer year(JsonNode n) {
    if (n.isInt()) return n.asInt();
    String s = text(n);
    return s == null ? null : Years.parse(s);
  }
}
