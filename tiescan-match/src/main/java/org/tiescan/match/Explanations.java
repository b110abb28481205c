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
import org.tiescan.model.Prop;
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
    if (name != null && Prop.WEAK_ALIAS.equals(matchedProp)) features.add(weakAlias(name));
    if (country != null) features.add(new Explanation.Feature(country.name(), country.value(), country.detail()));
    String queryName = name == null ? null : name.query().original();
    String matchedName = name == null ? null : name.candidate().original();
    return new Explanation(queryName, matchedName, features, summary(name, matchedProp, identifier, country, score));
  }

  /** The cap on a weak alias's name score, with what it took off this one. */
  private static Explanation.Feature weakAlias(NameScore name) {
    double cap = EntityScorer.WEAK_ALIAS_CAP;
    return new Explanation.Feature("name.weak_alias", round(Math.min(0, cap - name.score())),
        "the list marks this name as a weak alias, too broad to match on alone: name evidence counts at most "
            + fixed(cap, 2));
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
    if (!ignored.isEmpty()) {
      // one mention per legal form however each side writes it (Co Ltd, CO LTD)
      java.util.Map<String, String> once = new java.util.LinkedHashMap<>();
      for (String lf : ignored) once.putIfAbsent(lf.toLowerCase(Locale.ROOT), lf);
      out.add(new Explanation.Feature("legal_form.ignored", 0.0, String.join(", ", once.values()) + " (legal forms, not compared)"));
    }
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

  /**
   * One alignment as a reviewer reads it: each side as written, with the transformation that led to
   * the compared form ({@code 杭州 → hangzhou ↔ hangzhou (same word; via translation)},
   * {@code tech → technology ↔ technology (same word; via abbreviation)}).
   */
  private static String linkDetail(PreparedName q, PreparedName c, Link l) {
    String left = run(q, l.qFrom(), l.qTo());
    String right = run(c, l.cFrom(), l.cTo());
    if (l.how() == Link.How.EXACT && left.equals(right)) return left + " = " + right;
    Set<String> vias = vias(q, l.qFrom(), l.qTo());
    vias.addAll(vias(c, l.cFrom(), l.cTo()));
    String how = switch (l.how()) {
      case EXACT -> "same word";
      case ALTERNATIVE -> "known equivalent";
      case COMPOUND -> compoundHow(q, c, l);
      case ACRONYM -> "initials";
      case FUZZY -> "spelling variant, " + fixed(100 * l.sim(), 0) + "% similar";
    };
    return left + " ↔ " + right + " (" + how + (vias.isEmpty() ? "" : "; via " + String.join(", ", vias)) + ")";
  }

  /** A compound link joins several words on one side; say whether they met a spelling or a known form. */
  private static String compoundHow(PreparedName q, PreparedName c, Link l) {
    boolean querySingle = l.qTo() - l.qFrom() == 1;
    PreparedName single = querySingle ? q : c;
    PreparedName runSide = querySingle ? c : q;
    int one = querySingle ? l.qFrom() : l.cFrom();
    StringBuilder joined = new StringBuilder();
    for (int i = querySingle ? l.cFrom() : l.qFrom(); i < (querySingle ? l.cTo() : l.qTo()); i++) joined.append(runSide.text(i));
    if (single.text(one).equals(joined.toString())) return "same letters written together";
    if (l.sim() < NameScorer.SIM_COMPOUND) {
      return "written together, spelling variant, " + fixed(100 * l.sim(), 0) + "% similar";
    }
    for (String alt : single.token(one).alternatives()) {
      if (alt.indexOf(' ') > 0) return "known form of " + single.text(one) + ": " + alt;
    }
    return "written together as a known form of " + single.text(one);
  }

  /**
   * The tokens of a run as the reader saw them: the word as written when only case or punctuation
   * changed, otherwise {@code source → compared form} (several tokens from one source word together).
   */
  private static String run(PreparedName n, int from, int to) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (i < to) {
      NameToken t = n.token(i);
      StringBuilder texts = new StringBuilder(t.text());
      int j = i + 1;
      while (j < to && t.source() != null && t.source().equals(n.token(j).source()) && transformed(t)) {
        texts.append(' ').append(n.token(j++).text());
      }
      if (out.length() > 0) out.append(' ');
      out.append(transformed(t) ? t.source() + " → " + texts : t.text());
      i = j;
    }
    return out.toString();
  }

  /** Whether the token's compared form came from its source by more than case, punctuation or accents. */
  private static boolean transformed(NameToken t) {
    if (t.source() == null || t.source().equalsIgnoreCase(t.text())) return false;
    String via = t.via();
    return via != null && !via.equals("literal") && !via.equals("diacritics");
  }

  private static Set<String> vias(PreparedName n, int from, int to) {
    Set<String> out = new java.util.TreeSet<>();
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
      out.append(run(n, i, i + 1)).append(" [").append(n.kind(i).name().toLowerCase(Locale.ROOT))
          .append("han-latin".equals(n.token(i).via()) ? ", romanised: no translation known" : "").append(']');
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
    return out.append("; score ").append(fixed(score, 2)).toString();
  }

  private static String agreement(NameScore ns) {
    int exact = 0;
    int other = 0;
    for (Link l : ns.links()) {
      boolean plain = l.how() == Link.How.EXACT && vias(ns.query(), l.qFrom(), l.qTo()).isEmpty()
          && vias(ns.candidate(), l.cFrom(), l.cTo()).isEmpty();
      if (plain) exact++;
      else other++;
    }
    String core = ns.distinctiveMode() ? "distinctive tokens" : "tokens";
    return exact + " same words, " + other + " matched through a transformation; " + core + " agree "
        + fixed(100 * ns.core(), 0) + "%";
  }

  /**
   * {@code v} with {@code decimals} decimals, as {@code String.format(Locale.ROOT, "%.Nf", v)} writes it
   * (its shortest decimal form, rounded half up), without parsing a format per call: formatting was
   * half the cost of explaining a result (docs/benchmarks.md, wave 7).
   */
  static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) return String.format(Locale.ROOT, "%." + decimals + "f", v);
    return new java.math.BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
