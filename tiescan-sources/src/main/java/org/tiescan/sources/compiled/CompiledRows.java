package org.tiescan.sources.compiled;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.Dataset;
import org.tiescan.sources.support.StableIds;

/** Helpers shared by the compiled-list readers: derived ids, value splitting, date styles. */
public final class CompiledRows {
  static final String CC_BY_NC = "CC BY-NC 4.0 (OpenSanctions compilation); underlying facts US-government public domain";
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Z][a-z]+ \\d{1,2}, \\d{4})");
  private static final Pattern DAY_MONTH_YEAR_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private CompiledRows() {}

  /**
   * {@code <dataset>-<first 16 hex of SHA-1 of the folded name>}: the name lower-cased with
   * punctuation and spacing reduced to single spaces, so "Ltd." and "Ltd" give the same id.
   */
  public static String nameId(String dataset, String name) {
    return dataset + "-" + StableIds.sha1(fold(name)).substring(0, 16);
  }

  static String fold(String name) {
    return NOT_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static List<String> splitSemicolons(String value) {
    if (value == null || value.isBlank()) return List.of();
    return Arrays.stream(SEMICOLON.split(value.strip())).filter(s -> !s.isBlank()).toList();
  }

  /** ISO date from "March 12, 2021" (first such date in the text), "2.3.2021", or an ISO date; else null. */
  static String isoDate(String text) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return t;
    Matcher us = MONTH_DAY_YEAR.matcher(t);
    if (us.find()) {
      try {
        return LocalDate.parse(us.group(1), US_LONG).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    Matcher eu = DAY_MONTH_YEAR_DOTS.matcher(t);
    if (eu.matches()) {
      return LocalDate.of(Integer.parseInt(eu.group(3)), Integer.parseInt(eu.group(2)), Integer.parseInt(eu.group(1))).toString();
    }
    return null;
  }

  static Dataset dataset(String name, String title, String publisher, String sourceUrl) {
    return new Dataset(name, title, publisher, null, sourceUrl, CC_BY_NC);
  }
}
