package org.tiescan.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiescan.match.score.Link;
import org.tiescan.match.score.NameScore;
import org.tiescan.match.score.NameScorer;
import org.tiescan.match.score.PreparedName;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/** Turns the scorer's evidence into an {@link Explanation} a compliance reviewer can check. */
final class Explanations {
  private Explanations() {}

  /**
   * @param name the best name alignment, or null when no name was compared
   * @param matchedProp the FtM property of the matched name ({@code name}, {@code alias}...), or null
   * @param identifier e.g. "ISIN CNE100000PM8" when an identifier matched exactly, else null
   * @param country the country evidence, or null when either side had none
   */
  static Explanation of(NameScore name, String matchedProp, String identifier, Feature country, double score) {
    List<Explanation.Feature> features = new ArrayList<>();
    if (identifier != null) features.add(new Explanation.Feature("identifier", 1.0, identifier));
    if (name != null) nameFeatures(name, features);
    if (country != null) features.add(new Explanation.Feature(country.name(), country.value(), country.detail()));
    String queryName = name == null ? null : name.query().original();
    String matchedName = name == null ? null : name.candidate().original();
    return new Explanation(queryName, matchedName, features, summary(name, matchedProp, identifier, country, score));
  }

  /** Country evidence: {@code country.match} or {@code country.mismatch}. */
  record Feature(String name, double value, String detail) {}

  private static void nameFeatures(NameScore ns, List<Explanation.Feature> out) {
    PreparedName q = ns.query();
    PreparedName c = ns.candidate();
    List<Link> links = new ArrayList<>(ns.links());
    links.sort((a, b) -> Double.compare(b.sim(), a.sim()));
    for (Link l : links) {
      out.add(new Explanation.Feature(featureName(l.how()), round(l.sim()), linkDetail(q, c, l)));
    }
    String unmatched = unmatched(q, c, ns.links(), true) + unmatched(c, q, ns.links(), false);
    if (!unmatched.isEmpty()) out.add(new Explanation.Feature("name.unmatched", 0.0, unmatched.strip()));
    Set<String> ignored = new LinkedHashSet<>();
    collectIgnored(q, ignored);
    collectIgnored(c, ignored);
    if (!ignored.isEmpty()) out.add(new Explanation.Feature("legal_form.ignored", 0.0, String.join(" ", ignored)));
  }

  private static String featureName(Link.How how) {
    return switch (how) {
      case EXACT -> "name.token";
      case ALTERNATIVE -> "name.alternative";
      case COMPOUND -> "name.compound";
      case ACRONYM -> "name.acronym";
      case FUZZY -> "name.fuzzy";
    };
  }

  private static String linkDetail(PreparedName q, PreparedName c, Link l) {
    String left = run(q, l.qFrom(), l.qTo());
    String right = run(c, l.cFrom(), l.cTo());
    if (l.how() == Link.How.EXACT && left.equals(right)) return left + " = " + right;
    StringBuilder via = new StringBuilder(l.how().name().toLowerCase(Locale.ROOT));
    for (String v : vias(q, l.qFrom(), l.qTo())) via.append('/').append(v);
    for (String v : vias(c, l.cFrom(), l.cTo())) via.append('/').append(v);
    return left + " ↔ " + right + " (" + via + ")";
  }

  /** The tokens of a run as the reader saw them: the source text when it differs from the Latin form. */
  private static String run(PreparedName n, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (out.length() > 0) out.append(' ');
      NameToken t = n.token(i);
      boolean sameWord = t.source() == null || t.source().equalsIgnoreCase(t.text());
      out.append(sameWord ? t.text() : t.text().equals(lowerAscii(t.source())) ? t.text() : t.source());
    }
    return out.toString();
  }

  private static Set<String> vias(PreparedName n, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = from; i < to; i++) {
      String via = n.token(i).via();
      if (via != null && !via.isEmpty() && !via.equals("literal")) out.add(via);
    }
    return out;
  }

  private static String unmatched(PreparedName n, PreparedName other, List<Link> links, boolean querySide) {
    boolean[] used = new boolean[n.size()];
    for (Link l : links) {
      int from = querySide ? l.qFrom() : l.cFrom();
      int to = querySide ? l.qTo() : l.cTo();
      for (int i = from; i < to; i++) used[i] = true;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n.size(); i++) {
      if (used[i] || NameScorer.echoesLegalForm(n, i, other)) continue;
      out.append(out.length() == 0 ? (querySide ? "query: " : "entity: ") : ", ");
      out.append(run(n, i, i + 1)).append(" [").append(n.kind(i).name().toLowerCase(Locale.ROOT)).append(']');
    }
    return out.length() == 0 ? "" : out + "; ";
  }

  private static void collectIgnored(PreparedName n, Set<String> out) {
    for (NameToken t : n.analyzed().tokens()) {
      if (t.kind() == TokenKind.LEGAL_FORM) out.add(t.source() == null ? t.text() : t.source());
    }
  }

  private static String summary(NameScore ns, String prop, String identifier, Feature country, double score) {
    StringBuilder out = new StringBuilder();
    if (identifier != null) out.append("identifier ").append(identifier).append(" matches exactly");
    if (ns != null && !ns.links().isEmpty()) {
      if (out.length() > 0) out.append("; ");
      out.append("name '").append(ns.query().original()).append("' ~ ")
          .append(prop == null ? "name" : prop).append(" '").append(ns.candidate().original()).append("' (")
          .append(agreement(ns)).append(')');
    } else if (identifier == null) {
      out.append("no name or identifier evidence");
    }
    if (country != null && country.name().equals("country.mismatch")) out.append("; ").append(country.detail());
    return out.append("; score ").append(String.format(Locale.ROOT, "%.2f", score)).toString();
  }

  private static String agreement(NameScore ns) {
    int exact = 0;
    int other = 0;
    for (Link l : ns.links()) {
      if (l.how() == Link.How.EXACT) exact++;
      else other++;
    }
    String core = ns.distinctiveMode() ? "distinctive tokens" : "tokens";
    return String.format(Locale.ROOT, "%d exact, %d transformed token matches; %s agree %.0f%%",
        exact, other, core, 100 * ns.core());
  }

  private static String lowerAscii(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
