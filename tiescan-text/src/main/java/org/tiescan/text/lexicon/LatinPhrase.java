package org.tiescan.text.lexicon;

import java.util.List;
import org.tiescan.text.TokenKind;

/**
 * A known sequence of Latin words, e.g. {@code co ltd} (legal form), {@code hong kong} (place),
 * {@code public security bureau} or the pinyin {@code keji} (generic).
 *
 * @param words the normalised words
 * @param kind what the words are
 * @param alternatives for each word, other forms meaning the same (English for pinyin, variant
 *     spellings); same size as {@code words}
 */
public record LatinPhrase(List<String> words, TokenKind kind, List<List<String>> alternatives) {
  public LatinPhrase {
    words = List.copyOf(words);
    alternatives = alternatives.stream().map(List::copyOf).toList();
    if (alternatives.size() != words.size()) {
      throw new IllegalArgumentException("one alternatives list per word: " + words);
    }
  }
}
