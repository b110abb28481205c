package org.tiescan.screen.publications;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tagged exports: RIS ({@code TY  - JOUR} … {@code ER  -}; Scopus, Zotero, EndNote) and the Web of
 * Science plain-text format ({@code PT J}, {@code AU Zhang, S}, continuation lines indented by three
 * spaces, {@code ER}). Read: title (TI, T1), year (PY, Y1, DA), DOI (DO, DI), authors (AU, A1; AF
 * for full WoS names), affiliations (AD, C1), id (ID, UT).
 */
final class TaggedWorks implements WorkSource {
  private static final Pattern RIS = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
  private static final Pattern WOS = Pattern.compile("^([A-Z][A-Z0-9])(?: (.*))?$");

  private final String file;
  private final BufferedReader in;

  TaggedWorks(String file, BufferedReader in) {
    this.file = file;
    this.in = in;
  }

  @Override
  public void read(Consumer<Work> sink) throws IOException {
    ExportRecord r = null;
    String tag = null;
    boolean fullNames = false;
    long n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.startsWith("   ") && tag != null && r != null) {
        fullNames |= set(r, tag, line.strip(), fullNames);
        continue;
      }
      Matcher m = RIS.matcher(line);
      if (!m.matches()) m = WOS.matcher(line);
      if (!m.matches()) continue;
      tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).strip();
      if (tag.equals("ER")) {
        if (r != null) sink.accept(r.build());
        r = null;
        fullNames = false;
        continue;
      }
      if (tag.equals("FN") || tag.equals("VR") || tag.equals("EF")) continue;
      if (r == null) r = new ExportRecord(file, n, "ris");
      fullNames |= set(r, tag, value, fullNames);
    }
    if (r != null) sink.accept(Work.problem(file, n, "ris", "ER", "the last record has no end tag (ER); it may be cut off"));
  }

  /** @return true when the tag was AF (WoS full names), which then replace the short AU names */
  private static boolean set(ExportRecord r, String tag, String value, boolean fullNames) {
    switch (tag) {
      case "TI", "T1" -> r.title = r.title == null ? value : r.title + " " + value;
      case "PY", "Y1", "DA" -> {
        if (r.year == null) r.year = Years.parse(value);
      }
      case "DO", "DI" -> r.doi = value;
      case "ID", "UT" -> r.id = value;
      case "AF" -> {
        if (!fullNames) r.clearAuthors(); // WoS gives AU "Zhang, S" first, then AF "Zhang, San" for the same people
        r.author(value);
        return true;
      }
      case "AU", "A1" -> {
        if (!fullNames) r.author(value);
      }
      case "AD", "C1" -> r.affiliations(value);
      default -> { }
    }
    return false;
  }
}
