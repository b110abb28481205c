package org.tiescan.screen.publications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BibTeX or RIS/Web of Science record being assembled. Exports state affiliations for the whole work;
 * Web of Science prefixes an address with its authors ("[Zhang, San; Li, Si] Harbin Inst Technol, …"),
 * which ties it to them. Other addresses go to {@link Author#UNATTRIBUTED}.
 */
final class ExportRecord {
  private static final Pattern BRACKETED = Pattern.compile("^\\s*\\[([^\\]]*)\\]\\s*(.*)$", Pattern.DOTALL);

  private final String file;
  private final long line;
  private final String format;
  String id;
  String doi;
  String title;
  Integer year;
  private final Map<String, List<Affiliation>> authors = new LinkedHashMap<>();
  private final List<Affiliation> unattributed = new ArrayList<>();

  ExportRecord(String file, long line, String format) {
    this.file = file;
    this.line = line;
    this.format = format;
  }

  void author(String name) {
    String n = displayName(name);
    if (!n.isEmpty()) authors.putIfAbsent(n, new ArrayList<>());
  }

  void clearAuthors() {
    authors.clear();
  }

  /** One affiliation field value; may hold several addresses separated by ";" or new lines. */
  void affiliations(String value) {
    if (value == null) return;
    for (String part : value.split("\\r?\\n")) {
      Matcher m = BRACKETED.matcher(part);
      if (m.matches()) {
        attributed(m.group(1), m.group(2));
      } else {
        for (String a : part.split(";")) add(unattributed, a);
      }
    }
  }

  private void attributed(String names, String address) {
    for (String n : names.split(";")) {
      String key = displayName(n);
      if (key.isEmpty()) continue;
      add(authors.computeIfAbsent(matchingAuthor(key), k -> new ArrayList<>()), address);
    }
  }

  /** "Zhang, San" in an address prefix names the author listed as "San Zhang". */
  private String matchingAuthor(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    for (String a : authors.keySet()) if (a.toLowerCase(Locale.ROOT).equals(k)) return a;
    return name;
  }

  private static void add(List<Affiliation> to, String raw) {
    String s = raw.strip();
    if (s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
    if (!s.isEmpty()) to.add(Affiliation.ofRaw(s));
  }

  /** "Zhang, San" → "San Zhang"; braces of BibTeX dropped. */
  static String displayName(String raw) {
    String s = raw.replace("{", "").replace("}", "").strip();
    int comma = s.indexOf(',');
    if (comma > 0 && s.indexOf(',', comma + 1) < 0) s = s.substring(comma + 1).strip() + " " + s.substring(0, comma).strip();
    return s.replaceAll("\\s+", " ");
  }

  Work build() {
    List<Author> out = new ArrayList<>();
    authors.forEach((n, affs) -> out.add(new Author(n, null, affs)));
    if (!unattributed.isEmpty()) out.add(new Author(Author.UNATTRIBUTED, null, unattributed));
    return new Work(file, line, format, id, Work.doi(doi), title, year, out, null);
  }
}
