package org.tiescan.text.lexicon;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tiescan.text.OneEditWords;

/**
 * The common words of organisation names (legal forms and generic words of 7+ letters: limited,
 * company, technology, international) and a lookup of the one such word a misspelling is one edit
 * from (a letter dropped, added, changed, or two neighbours swapped) inside the word: "LMITED" →
 * limited, "TEHNOLOGY" → technology. A misspelt common word otherwise reads as a rare distinctive
 * word, the heaviest evidence a name has, and both retrieval and scoring then look for a word no
 * entry has.
 */
public final class CommonWordSpellings {
  /** Shorter words have too many real names one edit away (sistema, systema stay names). */
  static final int MIN_WORD = 7;
  /** A misspelling shorter than this is left alone. */
  static final int MIN_MISSPELLING = 6;

  private final Set<String> words = new LinkedHashSet<>();
  private final OneEditWords near;

  CommonWordSpellings(Collection<String> commonWords) {
    for (String w : commonWords) {
      if (w.length() >= MIN_WORD && isLowerLetters(w)) words.add(w);
    }
    this.near = new OneEditWords(words);
  }

  /** Whether {@code word} is one of the common words itself. */
  public boolean isCommonWord(String word) {
    return words.contains(word);
  }

  /**
   * The one common word {@code word} is a single interior edit from, or null: when it is a common word
   * itself, too short, not plain letters, or one edit from two common words (which one was meant
   * is not known).
   */
  public String correction(String word) {
    if (word.length() < MIN_MISSPELLING || !isLowerLetters(word) || words.contains(word)) return null;
    String found = null;
    for (Map.Entry<String, Integer> e : near.near(word).entrySet()) {
      if (e.getValue() != 1 || !interior(word, e.getKey())) continue;
      if (found != null) return null;
      found = e.getKey();
    }
    return found;
  }

  /**
   * Exactly one insertion, deletion, substitution or swap of neighbours turns a into b, inside the
   * word: a word that differs from a common word only in how it ends is more often that word in
   * another language (generale, generali, industria, systema) than a typo, and one that differs in its
   * first letter more often a name (hivision, not division).
   */
  static boolean oneEdit(String a, String b) {
    return OneEditWords.editsUpToOne(a.codePoints().toArray(), b.codePoints().toArray()) == 1 && interior(a, b);
  }

  /** For two words one edit apart: the edit leaves their first and their last letter alone. */
  private static boolean interior(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return OneEditWords.commonPrefix(x, y) >= 1 && OneEditWords.commonSuffix(x, y) >= 1;
  }

  private static boolean isLowerLetters(String w) {
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
    return !w.isEmpty();
  }
}
