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
 * @param translations English translations offered only as alternatives of a proper name whose
 *     matching form is its romanisation (华中 huazhong, alternative "central china"); usually empty
 */
public record HanWord(String han, TokenKind kind, List<List<String>> english, String pinyin,
    List<String> translations) {
  public HanWord {
    english = english.stream().map(List::copyOf).toList();
    translations = List.copyOf(translations);
  }

  public HanWord(String han, TokenKind kind, List<List<String>> english, String pinyin) {
    this(han, kind, english, pinyin, List.of());
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
