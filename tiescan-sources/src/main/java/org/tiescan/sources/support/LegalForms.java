package org.tiescan.sources.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a company from other legal entities by a legal form in its name. The lists give no type for
 * organisations (only "Entity" or nothing), but "Co., Ltd." or "Corporation" in a name is evidence
 * enough to call it a Company; everything else stays the neutral LegalEntity. Token lookup rather
 * than one big regular expression: it runs on every list row.
 */
public final class LegalForms {
  /** Legal-form words, compared after lower-casing and dropping dots ("S.A." → "sa", "Co." → "co"). */
  private static final Set<String> FORMS = Set.of(
      "co", "ltd", "limited", "corporation", "corp", "company", "inc", "incorporated", "llc", "gmbh", "ag",
      "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "pao", "plc", "sa", "sarl", "sas", "srl", "spa", "bv", "nv",
      "pte", "bhd", "fze", "fzco", "fzc", "llp", "lp", "kg", "eood", "ood", "ead", "doo", "tov", "tas", "sirketi");
  private static final List<String> CJK_FORMS = List.of("有限公司", "有限责任公司", "股份有限公司", "株式会社");

  private LegalForms() {}

  public static boolean looksLikeCompany(String name) {
    if (name == null || name.isBlank()) return false;
    for (String form : CJK_FORMS) if (name.contains(form)) return true;
    String folded = name.toLowerCase(Locale.ROOT).replace(".", "");
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (wordChar && start < 0) start = i;
      if (!wordChar && start >= 0) {
        if (FORMS.contains(folded.substring(start, i))) return true;
        start = -1;
      }
    }
    return false;
  }
}
