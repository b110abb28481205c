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

  static String score(double s) {
    return String.format(java.util.Locale.ROOT, "%.3f", s);
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
