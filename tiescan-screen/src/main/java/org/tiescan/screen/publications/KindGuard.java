package org.tiescan.screen.publications;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchResult;

/**
 * Keeps a name match only when it can be the same organisation. The engine ignores institution words
 * when it weighs names, which is right for companies ("Hikvision Digital Technology" = "Hikvision") but
 * lets an affiliation match on one shared place or word: "University of Washington" ~ "WASHINGTON
 * TRADING LTD" (0.85), "Public Knowledge Project" ~ "SOUTHERN PROJECT LLC" (0.85). Two checks, both
 * on what the names say:
 * <ul>
 *   <li>kind: when both names state what kind of body they are (university, institute, academy,
 *       laboratory, hospital, company…, also abbreviated or in Chinese), the kinds must agree;</li>
 *   <li>academic names: when both are universities, institutes, academies, colleges, schools or
 *       laboratories, every word of both names but places must be matched ("Nanjing University of
 *       Information Science and Technology" is not "Nanjing University of Science and Technology");</li>
 *   <li>leftovers: when both names keep a word the other lacks (the engine's {@code name.unmatched}
 *       evidence; legal forms and function words aside), they name different organisations.</li>
 * </ul>
 */
final class KindGuard {
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("university", "university"),
      Map.entry("univ", "university"), Map.entry("universite", "university"), Map.entry("universitat", "university"),
      Map.entry("universidad", "university"), Map.entry("institute", "institute"), Map.entry("inst", "institute"),
      Map.entry("institut", "institute"), Map.entry("academy", "academy"), Map.entry("acad", "academy"),
      Map.entry("college", "college"), Map.entry("coll", "college"), Map.entry("laboratory", "laboratory"),
      Map.entry("lab", "laboratory"), Map.entry("laboratories", "laboratory"), Map.entry("hospital", "hospital"),
      Map.entry("hosp", "hospital"), Map.entry("company", "company"), Map.entry("co", "company"),
      Map.entry("corporation", "company"), Map.entry("corp", "company"), Map.entry("ltd", "company"),
      Map.entry("limited", "company"), Map.entry("inc", "company"), Map.entry("llc", "company"), Map.entry("gmbh", "company"),
      Map.entry("bureau", "bureau"), Map.entry("ministry", "ministry"), Map.entry("school", "school"),
      Map.entry("sch", "school"), Map.entry("center", "center"), Map.entry("centre", "center"), Map.entry("ctr", "center"),
      Map.entry("council", "council"), Map.entry("department", "department"), Map.entry("dept", "department"),
      Map.entry("faculty", "faculty"), Map.entry("observatory", "observatory"), Map.entry("foundation", "foundation"),
      Map.entry("committee", "committee"), Map.entry("commission", "commission"), Map.entry("agency", "agency"));
  private static final Map<String, String> HAN_KINDS = Map.ofEntries(Map.entry("大学", "university"), Map.entry("研究所", "institute"), Map.entry("研究院", "institute"), Map.entry("科学院", "academy"), Map.entry("实验室", "laboratory"), Map.entry("医院", "hospital"), Map.entry("公司", "company"), Map.entry("集团", "company"), Map.entry("局", "bureau"), Map.entry("学院", "college"), Map.entry("中心", "center"));

  private static final Set<String> ACADEMIC = Set.of("university", "institute", "academy", "college", "laboratory", "school");

  private KindGuard() {}

  static boolean plausible(MatchResult m) {
    Explanation x = m.explanation();
    if (x == null || x.queryName() == null || x.matchedName() == null) return true;
    Set<String> q = kinds(x.queryName());
    Set<String> c = kinds(x.matchedName());
    if (!q.isEmpty() && !c.isEmpty() && q.stream().noneMatch(c::contains)) return false;
    if (academic(q) && academic(c) && keepsWords(x)) return false;
    return !distinctLeftoversOnBothSides(x);
  }

  private static boolean academic(Set<String> kinds) {
    return kinds.stream().anyMatch(ACADEMIC::contains);
  }

  /**
   * One academic name has a word the other lacks (places aside): "Nanjing University of Information Science…"
   * is not "Nanjing University of Science…", "University of Electronic Science…" not "University of Science…".
   */
  private static boolean keepsWords(Explanation x) {
    String d = unmatched(x);
    return d.contains("[distinctive]") || d.contains("[generic]");
  }

  private static String unmatched(Explanation x) {
    for (Explanation.Feature f : x.features()) if ("name.unmatched".equals(f.name())) return f.detail();
    return "";
  }

  static Set<String> kinds(String name) {
    Set<String> out = new HashSet<>();
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    for (String w : WORD.split(folded)) {
      String k = KINDS.get(w);
      if (k != null) out.add(k);
    }
    // 学院 is "college" or "institute" in English names (哈尔滨工业大学 has 学院 for its schools)
    HAN_KINDS.forEach((han, kind) -> {
      if (name.contains(han)) out.add(kind);
    });
    if (out.contains("college")) out.add("institute");
    return out;
  }

  /** Any word but a legal form or a function word: "United Imaging Intelligence" ≠ "China United Telecommunications". */
  private static boolean telling(String unmatched) {
    return unmatched.contains("[distinctive]") || unmatched.contains("[place]") || unmatched.contains("[generic]");
  }

  private static boolean distinctLeftoversOnBothSides(Explanation x) {
    String d = unmatched(x);
    int entity = d.indexOf("entity:");
    return entity > 0 && telling(d.substring(0, entity)) && telling(d.substring(entity));
  }
}
