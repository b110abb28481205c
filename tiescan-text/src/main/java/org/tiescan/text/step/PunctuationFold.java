package org.tiescan.text.step;

import java.util.regex.Pattern;
import org.tiescan.text.NameStep;

/**
 * Folds punctuation and white space so that spelling variants give the same words:
 *
 * <ul>
 *   <li>a possessive 's is dropped: People's Government → People Government, Ministry of Public
 *       Security's Institute → Security Institute (also when the CSL stored the apostrophe as "?");
 *   <li>other apostrophes inside a word join it: IS'Vision, IS’Vision and the Consolidated Screening List's
 *       damaged "IS?Vision" all become ISVision; Xi'an → Xian;
 *   <li>dotted initials join: S.A. → SA, U.S.A. → USA, S.p.A. → SpA (so legal forms are one word);
 *   <li>an ampersand between two short words (up to three letters) joins them: AT&amp;T → ATT,
 *       R&amp;D → RD, as such names are also written without it; any other ampersand becomes the
 *       word "and" (Smith &amp; Sons, Science&amp;Technology → Science and Technology), which is a
 *       stop word for matching;
 *   <li>hyphens, slashes, dots, commas, brackets and all other punctuation separate words
 *       (Wuhan-based → Wuhan based, Hik-Vision → Hik Vision: the matcher joins adjacent words);
 *   <li>runs of white space become one space; leading and trailing space is removed.
 * </ul>
 *
 * Letters, digits and combining marks of every script are kept.
 */
public final class PunctuationFold implements NameStep {
  private static final Pattern POSSESSIVE =
      Pattern.compile("(?<=[\\p{L}\\p{M}])['\u2019\u02bc?][sS](?![\\p{L}\\p{N}])");
  private static final Pattern INNER_APOSTROPHE =
      Pattern.compile("(?<=[\\p{L}\\p{M}])['\u2019\u2018\u02bc\u02b9`\u00b4?\u00b7](?=\\p{L})");
  private static final Pattern DOTTED_INITIALS =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])");
  private static final Pattern SHORT_AMPERSAND =
      Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]{1,3})&([\\p{L}\\p{N}]{1,3})(?![\\p{L}\\p{N}])");
  private static final Pattern AMPERSAND = Pattern.compile("&");

  @Override
  public String apply(String name) {
    return needsPatterns(name) ? withPatterns(name) : spacesOnly(name);
  }

  /** Apostrophes, ampersands and dotted initials need the patterns; most names have none. */
  private static boolean needsPatterns(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\'', '\u2019', '\u2018', '\u02bc', '\u02b9', '`', '\u00b4', '?', '\u00b7', '&':
          return true;
        case '.':
          if (i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1))
              && Character.isLetter(s.charAt(i + 1))) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /** Every run of characters other than letters, digits and marks becomes one space. */
  private static String spacesOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordChar(cp)) {
        if (pendingSpace && out.length() > 0) out.append(' ');
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static String withPatterns(String name) {
    String s = POSSESSIVE.matcher(name).replaceAll("");
    s = INNER_APOSTROPHE.matcher(s).replaceAll("");
    s = DOTTED_INITIALS.matcher(s).replaceAll(m -> m.group().replace(".", ""));
    s = SHORT_AMPERSAND.matcher(s).replaceAll("$1$2");
    s = AMPERSAND.matcher(s).replaceAll(" and ");
    return spacesOnly(s);
  }
}
