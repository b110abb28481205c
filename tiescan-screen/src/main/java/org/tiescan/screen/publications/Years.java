package org.tiescan.screen.publications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The publication year in the loose forms exports use ("2019", "2019/05/03/", "May 2019", "{2019}"). */
final class Years {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

  private Years() {}

  /** The first plausible four-digit year in {@code s}, or null. */
  static Integer parse(String s) {
    if (s == null) return null;
    Matcher m = YEAR.matcher(s);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
