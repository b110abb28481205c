package org.tiescan.text.step;

import org.tiescan.text.NameStep;

/**
 * Han characters to toneless pinyin, one syllable per character, syllables separated by spaces
 * (杭州海康威视 → "hang zhou hai kang wei shi"); traditional characters are read as their simplified
 * form. Uses the per-character cache of {@link HanCharacters}, so it costs microseconds once warm.
 */
public final class HanToPinyin implements NameStep {
  @Override
  public String apply(String name) {
    StringBuilder out = new StringBuilder(name.length() * 3);
    StringBuilder hanRun = new StringBuilder();
    name.codePoints().forEach(cp -> {
      if (HanCharacters.isHan(cp)) {
        hanRun.appendCodePoint(cp);
        return;
      }
      flush(hanRun, out, Character.isLetterOrDigit(cp));
      out.appendCodePoint(cp);
    });
    flush(hanRun, out, false);
    return out.toString();
  }

  private static void flush(StringBuilder hanRun, StringBuilder out, boolean wordFollows) {
    if (hanRun.length() == 0) return;
    if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) out.append(' ');
    out.append(HanCharacters.spacedPinyin(hanRun));
    if (wordFollows) out.append(' ');
    hanRun.setLength(0);
  }
}
