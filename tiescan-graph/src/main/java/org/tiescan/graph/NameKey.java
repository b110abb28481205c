package org.tiescan.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The exact-match key for resolving a name written in a list record ("Parent Name", "Linked To")
 * to an entity: NFKC, case-folded, "&" read as "and", punctuation dropped, spaces collapsed.
 * Deliberately strict (no fuzzy matching): a wrong ownership link is worse than a missing one, and
 * unresolved names are reported.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    if (name == null) return "";
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace("&", " and ");
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        space = false;
      } else if (!space && (Character.isWhitespace(cp) || cp == '-' || cp == '/' || cp == ',')) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip();
  }
}
