package org.tiescan.sources.intl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the UK Sanctions List writes them: {@code dd/mm/yyyy}, with unknown parts written as
 * letters ({@code dd/mm/1945}). A full date becomes ISO, a date with only the year known becomes
 * the year; anything else is kept as published.
 */
final class UkDates {
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{2}|dd)/(\\d{2}|mm)/(\\d{4})");

  private UkDates() {}

  static String iso(String text) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    Matcher m = DAY_MONTH_YEAR.matcher(t);
    if (!m.matches()) return t;
    if (m.group(2).equals("mm")) return m.group(3);
    if (m.group(1).equals("dd")) return m.group(3) + "-" + m.group(2);
    return m.group(3) + "-" + m.group(2) + "-" + m.group(1);
  }
}
