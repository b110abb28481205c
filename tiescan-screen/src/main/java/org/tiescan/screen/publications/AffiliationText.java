package org.tiescan.screen.publications;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tiescan.screen.Countries;

/**
 * Splits a raw affiliation string into the segments that look like organisations: "School of
 * Computer Science, Harbin Institute of Technology, Harbin 150001, China" → ["School of Computer
 * Science", "Harbin Institute of Technology"], country {@code cn}. A segment looks like an
 * organisation when it holds an institution word (English, Web of Science abbreviations, French,
 * German, Spanish) or Han characters; postcodes, streets, cities and countries do not.
 */
public final class AffiliationText {
  private static final Pattern SPLIT = Pattern.compile("[,;|\\n]");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> ORG_WORDS = Set.of("university", "univ", "universite", "universitat", "universidad",
      "universita", "universiteit", "institute", "inst", "institut", "instituto", "istituto", "academy", "acad", "academie",
      "college", "coll", "school", "sch", "laboratory", "laboratories", "lab", "labs", "hospital", "hosp", "center",
      "centre", "ctr", "company", "co", "corporation", "corp", "ltd", "limited", "inc", "llc", "gmbh", "group",
      "foundation", "ministry", "bureau", "agency", "council", "observatory", "museum", "polytechnic", "technologies",
      "technology", "technol", "tech", "sciences", "society", "department", "dept", "faculty", "division", "clinic",
      "administration", "commission", "office", "service", "services", "force", "army", "navy", "research", "res");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern UNIT = Pattern.compile("^(?i)(the\\s+)?(department|dept|school|sch|faculty|fac|division|div|"
      + "section|sect|program|programme|unit|college|coll|graduate school|grad sch|centre for|center for|ctr)\\b");
  private static final Pattern PRC = Pattern.compile("(?i)^(peoples r|p\\.?\\s*r\\.?|people's republic of)\\s*");
  private static final Pattern DIGITS = Pattern.compile("\\s*\\d+\\s*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern ADDRESS = Pattern.compile(".*\\d.*");

  private AffiliationText() {}

  /** The organisation-looking segments, in order (most specific first, as affiliations are written). */
  public static List<String> segments(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) return out;
    List<String> parts = parts(raw);
    for (String p : parts) if (looksLikeOrganisation(p)) out.add(p);
    // "Impactstory, Sanford, NC, USA": a bare name first is the organisation when nothing else is
    if (out.isEmpty() && !parts.isEmpty() && !ADDRESS.matcher(parts.get(0)).matches() && Countries.code(parts.get(0)) == null) {
      out.add(parts.get(0));
    }
    return out;
  }

  /** The country the string ends with ("China", "Peoples R China", "P.R. China", "USA"), or null. */
  public static String country(String raw) {
    if (raw == null) return null;
    List<String> parts = parts(raw);
    if (parts.isEmpty()) return null;
    String last = PRC.matcher(parts.get(parts.size() - 1)).replaceFirst("");
    return Countries.code(DIGITS.matcher(last).replaceAll(" ").strip());
  }

  /**
   * A unit inside an organisation ("School of Computer Science", "Dept Phys", "Faculty of Medicine"):
   * it resolves through ROR when ROR lists it, but is not screened by its words alone, which name a
   * field of study, not an organisation ("School of Mechanical Engineering" ~ "State Research Institute
   * of Mechanical Engineering").
   */
  public static boolean isUnit(String segment) {
    return UNIT.matcher(Normalizer.normalize(segment, Normalizer.Form.NFKC)).find();
  }

  static boolean looksLikeOrganisation(String segment) {
    if (HAN.matcher(segment).find()) return !ADDRESS.matcher(segment).matches(); // "哈尔滨 150001" is a city and postcode
    String folded = MARKS.matcher(Normalizer.normalize(segment, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    for (String w : WORD.split(folded)) if (ORG_WORDS.contains(w)) return true;
    return false;
  }

  private static List<String> parts(String raw) {
    List<String> out = new ArrayList<>();
    for (String p : SPLIT.split(Normalizer.normalize(raw, Normalizer.Form.NFKC))) {
      String s = p.strip();
      if (s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }
}
