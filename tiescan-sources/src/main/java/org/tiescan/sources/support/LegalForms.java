package org.tiescan.sources.support;

import java.util.regex.Pattern;

/**
 * Tells a company from other legal entities by a legal form in its name. The lists give no type for
 * organisations (only "Entity" or nothing), but "Co., Ltd." or "Corporation" in a name is evidence
 * enough to call it a Company; everything else stays the neutral LegalEntity.
 */
public final class LegalForms {
  private static final Pattern COMPANY = Pattern.compile(
      "(?i)(\\bco\\.?,?\\s*ltd\\b|\\bcorporation\\b|\\bcorp\\b\\.?|\\bcompany\\b|\\bco\\.(?=\\s|,|$)|\\binc\\b\\.?"
          + "|\\blimited\\b|\\bltd\\b\\.?|\\bl\\.?l\\.?c\\b\\.?|\\bgmbh\\b|\\bs\\.a\\.(?=\\s|,|$)|\\bs\\.a\\.?\\s*de\\s*c\\.?v\\b"
          + "|\\bjsc\\b|\\bpjsc\\b|\\bojsc\\b|\\bcjsc\\b|\\booo\\b|\\boao\\b|\\bzao\\b|\\bpao\\b|\\bplc\\b|\\bb\\.?v\\.(?=\\s|,|$)"
          + "|\\bs\\.?r\\.?l\\b|\\bpte\\b|\\bsdn\\.?\\s*bhd\\b|\\bfze\\b|\\bfzco\\b|\\bllp\\b"
          + "|有限公司|有限责任公司|股份有限公司)");

  private LegalForms() {}

  public static boolean looksLikeCompany(String name) {
    return name != null && COMPANY.matcher(name).find();
  }
}
