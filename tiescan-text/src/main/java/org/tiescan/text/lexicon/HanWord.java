package org.tiescan.text.lexicon;

import java.util.List;
import org.tiescan.text.TokenKind;

/**
 * A Chinese word of the knowledge files, e.g. 公安局 → public security bureau.
 *
 * @param han the word in simplified characters
 * @param kind legal form, place or generic word
 * @param english the translation, one list per English word: the first form is the standard one,
 *     the others are accepted variants (e.g. [[electronics, electronic]])
 * @param pinyin toneless pinyin, syllables separated by spaces
 */
public record HanWord(String han, TokenKind kind, List<List<String>> english, String pinyin) {
  public HanWord {
    english = english.stream().map(List::copyOf).toList();
  }

  /** The pinyin without spaces, e.g. {@code gonganju}. */
  public String joinedPinyin() {
    return pinyin.replace(" ", "");
  }

  /** The number of characters (code points). */
  public int length() {
    return han.codePointCount(0, han.length());
  }
}
