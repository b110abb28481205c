package org.tiescan.screen.publications;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * BibTeX as Scopus, Web of Science, Zotero and Google Scholar export it: {@code @article{key, field =
 * {value}, field = "value", year = 2019}}. Read: title, year, doi, author ("Last, First and …"),
 * affiliation / affiliations (Scopus: addresses separated by ";"; Web of Science: one per line, with
 * "[authors]" prefixes). {@code @comment}, {@code @string} and {@code @preamble} are skipped. A broken
 * entry is a problem naming its line; reading resumes at the next "@".
 */
final class BibtexWorks implements WorkSource {
  private final String file;
  private final Reader in;
  private long line = 1;
  private int peeked = -2;

  BibtexWorks(String file, Reader in) {
    this.file = file;
    this.in = in;
  }

  @Override
  public void read(Consumer<Work> sink) throws IOException {
    for (int c = next(); c != -1; c = next()) {
      if (c != '@') continue;
      long start = line;
      String type = word().toLowerCase(Locale.ROOT);
      if (type.equals("comment") || type.equals("string") || type.equals("preamble")) continue;
      try {
        sink.accept(entry(start));
      } catch (BadEntry e) {
        sink.accept(Work.problem(file, start, "bibtex", e.field, e.getMessage() + " (entry starting here; noticed at line " + e.line + ")"));
      }
    }
  }

  private Work entry(long start) throws IOException {
    int open = skipSpace();
    if (open != '{' && open != '(') throw new BadEntry(line, null, "expected '{' after the entry type");
    char close = open == '{' ? '}' : ')';
    ExportRecord r = new ExportRecord(file, start, "bibtex");
    r.id = until(',', close).strip();
    while (true) {
      int c = skipSpace();
      if (c == close || c == -1) break;
      if (c == ',') continue;
      String field = (char) c + word();
      if (skipSpace() != '=') throw new BadEntry(line, field, "expected '=' after field name '" + field + "'");
      String value = value(field);
      set(r, field.toLowerCase(Locale.ROOT), value);
    }
    return r.build();
  }

  private static void set(ExportRecord r, String field, String value) {
    switch (field) {
      case "title" -> r.title = value.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
      case "year" -> r.year = Years.parse(value);
      case "doi" -> r.doi = value;
      case "author" -> {
        for (String a : value.split("\\s+(?i:and)\\s+")) r.author(a);
      }
      case "affiliation", "affiliations" -> r.affiliations(value.replace("{", "").replace("}", ""));
      default -> { }
    }
  }

  /** A value: {braced, nested}, "quoted", or a bare word/number; parts joined by '#'. */
  private String value(String field) throws IOException {
    StringBuilder out = new StringBuilder();
    while (true) {
      int c = skipSpace();
      if (c == '{') out.append(braced(field));
      else if (c == '"') out.append(quoted(field));
      else if (c == -1) throw new BadEntry(line, field, "file ends inside the value of '" + field + "'");
      else out.append((char) c).append(word());
      int after = skipSpace();
      if (after != '#') {
        peeked = after;
        return out.toString();
      }
    }
  }

  private String braced(String field) throws IOException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    for (int c = next(); ; c = next()) {
      if (c == -1) throw new BadEntry(line, field, "unbalanced braces in the value of '" + field + "'");
      if (c == '{') depth++;
      if (c == '}' && --depth == 0) return b.toString();
      b.append((char) c);
    }
  }

  private String quoted(String field) throws IOException {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (int c = next(); ; c = next()) {
      if (c == -1) throw new BadEntry(line, field, "unterminated quote in the value of '" + field + "'");
      if (c == '{') depth++;
      if (c == '}') depth--;
      if (c == '"' && depth == 0) return b.toString();
      b.append((char) c);
    }
  }

  private String word() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = next(); c != -1; c = next()) {
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/') {
        b.append((char) c);
      } else {
        peeked = c;
        break;
      }
    }
    return b.toString();
  }

  private String until(char a, char b) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int c = next(); c != -1; c = next()) {
      if (c == a) return s.toString();
      if (c == b) {
        peeked = c;
        return s.toString();
      }
      s.append((char) c);
    }
    return s.toString();
  }

  private int skipSpace() throws IOException {
    int c = next();
    while (c != -1 && Character.isWhitespace(c)) c = next();
    return c;
  }

  private int next() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    int c = in.read();
    if (c == '\n') line++;
    return c;
  }

  /** A broken entry: reported, then skipped. */
  private static final class BadEntry extends IOException {
    final long line;
    final String field;

    BadEntry(long line, String field, String message) {
      super(message);
      this.line = line;
      this.field = field;
    }
  }
}
