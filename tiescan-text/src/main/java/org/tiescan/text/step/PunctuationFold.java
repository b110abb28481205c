package org.tiescan.text.step;

import java.util.regex.Pattern;
import org.tiescan.text.NameStep;

/**
 * Folds punctuation and white space so that spelling variants give the same words:
 *
 * <ul>
 *   <li>apostrophes inside a word join it: IS'Vision, IS’Vision and the Consolidated Screening List's
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
  private static final Pattern INNER_APOSTROPHE =
      Pattern.compile("(?<=[\\p{L}\\p{M}])['\u2019\u2018\u02bc\u02b9`\u00b4?\u00b7](?=\\p{L})");
  private static final Pattern DOTTED_INITIALS =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])");
  private static final Pattern SHORT_AMPERSAND =
      Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]{1,3})&([\\p{L}\\p{N}]{1,3})(?![\\p{L}\\p{N}])");
  private static final Pattern AMPERSAND = Pattern.compile("&");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

  @Override
  public String apply(String name) {
    String s = INNER_APOSTROPHE.matcher(name).replaceAll("");
    s = DOTTED_INITIALS.matcher(s).replaceAll(m -> m.group().replace(".", ""));
    s = SHORT_AMPERSAND.matcher(s).replaceAll("$1$2");
    s = AMPERSAND.matcher(s).replaceAll(" and ");
    return NOT_WORD.matcher(s).replaceAll(" ").strip();
  }
}
