package org.tiescan.screen.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tiescan.match.MatchResult;
import org.tiescan.model.Designation;

/** Flattens the legal basis of a hit into the short texts tables and terminals show. */
final class Hits {
  private Hits() {}

  static String lists(MatchResult m) {
    return join(m, Designation::list);
  }

  static String programs(MatchResult m) {
    return joinAll(m, Designation::programs);
  }

  static String citations(MatchResult m) {
    return joinAll(m, Designation::citations);
  }

  static String startDates(MatchResult m) {
    return join(m, Designation::startDate);
  }

  static String sourceUrls(MatchResult m) {
    return join(m, Designation::sourceUrl);
  }

  static String matchedName(MatchResult m) {
    return m.explanation() == null || m.explanation().matchedName() == null ? "" : m.explanation().matchedName();
  }

  static String summary(MatchResult m) {
    return m.explanation() == null || m.explanation().summary() == null ? "" : m.explanation().summary();
  }

  /**
   * The score with three decimals, exactly as {@code String.format(Locale.ROOT, "%.3f", s)} writes it, which
   * was 13 % of the time of the thread that writes a large screening's reports (a score for every hit and
   * every feature of its explanation). Away from a tie the rounding is the same whichever way the decimal
   * digits were found; near one (and for what is not a plain number) the formatter itself answers.
   */
  static String score(double s) {
    double scaled = Math.abs(s) * 1000;
    double fraction = scaled - Math.floor(scaled);
    if (!(scaled < 1e12) || Math.abs(fraction - 0.5) < 1e-6) return String.format(java.util.Locale.ROOT, "%.3f", s);
    long thousandths = (long) Math.floor(scaled + 0.5);
    long decimals = thousandths % 1000;
    StringBuilder out = new StringBuilder(8);
    // the formatter keeps the sign of a negative value that rounds to zero, and of -0.0
    if (s < 0 || 1 / s < 0) out.append('-');
    out.append(thousandths / 1000).append('.');
    if (decimals < 100) out.append('0');
    if (decimals < 10) out.append('0');
    return out.append(decimals).toString();
  }

  private static String join(MatchResult m, Function<Designation, String> f) {
    Set<String> out = new LinkedHashSet<>();
    for (Designation d : m.entity().designations()) {
      String v = f.apply(d);
      if (v != null && !v.isBlank()) out.add(v);
    }
    return String.join("; ", out);
  }

  private static String joinAll(MatchResult m, Function<Designation, List<String>> f) {
    Set<String> out = new LinkedHashSet<>();
    for (Designation d : m.entity().designations()) out.addAll(f.apply(d));
    return String.join("; ", out);
  }
}
