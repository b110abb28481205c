package org.tiescan.sources.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Dates as the US lists write them ("03 Jun 2021", "2019-10-09") turned into ISO dates. */
public final class Dates {
  private static final DateTimeFormatter OFAC = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2} [A-Za-z]{3} \\d{4}");

  private Dates() {}

  /** ISO form of the date, or the text unchanged when it is not a full date (e.g. "1962", "circa 1960"). */
  public static String iso(String text) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    if (!DAY_MONTH_YEAR.matcher(t).matches()) return t;
    try {
      return LocalDate.parse(t, OFAC).toString();
    } catch (DateTimeParseException e) {
      return t;
    }
  }
}
