package org.tiescan.text.analysis;

import java.util.List;
import org.tiescan.text.TokenKind;
import org.tiescan.text.lexicon.HanWord;
import org.tiescan.text.lexicon.Lexicon;
import org.tiescan.text.step.HanCharacters;

/**
 * Splits a run of Han characters into tokens by longest match against the knowledge files: a known
 * word becomes its English translation (one token per English word, pinyin as an alternative); 第
 * with a numeral becomes a number (第二十八 → 28); each maximal run of unknown characters becomes one
 * distinctive token spelled in pinyin without spaces (海康威视 → haikangweishi, alternative
 * "hai kang wei shi").
 */
final class HanSegmenter {
  private static final int ORDINAL_PREFIX = '第';
  private final Lexicon lexicon;

  HanSegmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param original the run as written (maybe traditional), used as token source
   * @param simplified the same run in simplified characters, code point for code point
   */
  void segment(int[] original, int[] simplified, List<Draft> out) {
    int unknownStart = -1;
    int i = 0;
    while (i < simplified.length) {
      int taken = takeNumber(original, simplified, i, out, unknownStart);
      if (taken == 0) taken = takeWord(original, simplified, i, out, unknownStart);
      if (taken > 0) {
        unknownStart = -1;
        i += taken;
      } else {
        if (unknownStart < 0) unknownStart = i;
        i++;
      }
    }
    flushUnknown(original, simplified, unknownStart, simplified.length, out);
  }

  private int takeWord(int[] original, int[] simplified, int start, List<Draft> out, int unknownStart) {
    for (int length = Math.min(lexicon.maxHanLength(), simplified.length - start); length >= 1; length--) {
      HanWord word = lexicon.hanWord(new String(simplified, start, length));
      if (word == null) continue;
      flushUnknown(original, simplified, unknownStart, start, out);
      String source = new String(original, start, length);
      for (List<String> forms : word.english()) {
        Draft draft = new Draft(forms.get(0), source, "translation", word.kind());
        forms.stream().skip(1).forEach(draft::addAlternative);
        if (!lexicon.isStopword(draft.text)) draft.addAlternative(word.joinedPinyin());
        out.add(draft);
      }
      return length;
    }
    return 0;
  }

  /** 第 followed by Chinese numerals: an ordinal, as in 第二十八研究所 (the 28th Research Institute). */
  private int takeNumber(int[] original, int[] simplified, int start, List<Draft> out, int unknownStart) {
    if (simplified[start] != ORDINAL_PREFIX) return 0;
    int end = start + 1;
    while (end < simplified.length && ChineseNumerals.isNumeral(simplified[end])) end++;
    long value = end > start + 1 ? ChineseNumerals.value(new String(simplified, start + 1, end - start - 1)) : -1;
    flushUnknown(original, simplified, unknownStart, start, out);
    if (value < 0) {
      // a bare 第 (e.g. before Arabic digits: 第28研究所) only marks an ordinal
      out.add(new Draft("di", new String(original, start, 1), "han-latin", TokenKind.STOPWORD));
      return 1;
    }
    out.add(new Draft(Long.toString(value), new String(original, start, end - start), "han-numeral",
        TokenKind.NUMBER));
    return end - start;
  }

  private static void flushUnknown(int[] original, int[] simplified, int start, int end, List<Draft> out) {
    if (start < 0 || start >= end) return;
    String spaced = HanCharacters.spacedPinyin(new String(simplified, start, end - start));
    String joined = spaced.replace(" ", "");
    if (joined.isEmpty()) return;
    Draft draft = new Draft(joined, new String(original, start, end - start), "han-latin", TokenKind.DISTINCTIVE);
    draft.addAlternative(spaced);
    out.add(draft);
  }
}
