package org.tiescan.text.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common words of organisation names (legal forms and generic words of 7+ letters: limited,
 * company, technology, international) and a lookup of the one such word a misspelling is one edit
 * from (a letter dropped, added, changed, or two neighbours swapped): "LMITED" → limited, "TEHNOLOGY"
 * → technology. A misspelt common word otherwise reads as a rare distinctive word, the heaviest
 * evidence a name has, and both retrieval and scoring then look for a word no entry has.
 *
 * <p>Lookup by deletions: every word is filed under itself and each of its one-letter deletions; a
 * word one edit away shares one of those keys, and the candidates are then checked exactly.
 */
public final class CommonWordSpellings {
  /** Shorter words have too many real names one edit away (sistema, systema stay names). */
  static final int MIN_WORD = 7;
  /** A misspelling shorter than this is left alone. */
  static final int MIN_MISSPELLING = 6;

  private final Set<String> words = new LinkedHashSet<>();
  private final Map<String, List<String>> byDeletion = new HashMap<>();

  CommonWordSpellings(Collection<String> commonWords) {
    for (String w : commonWords) {
      if (w.length() >= MIN_WORD && isLowerLetters(w) && words.add(w)) {
        file(w, w);
        for (int i = 0; i < w.length(); i++) file(deleteAt(w, i), w);
      }
    }
  }

  private void file(String key, String word) {
    List<String> list = byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(word)) list.add(word);
  }

  /** Whether {@code word} is one of the common words itself. */
  public boolean isCommonWord(String word) {
    return words.contains(word);
  }

  /**
   * The one common word {@code word} is a single edit from, or null: when it is a common word
   * itself, too short, not plain letters, or one edit from two common words (which one was meant
   * is not known).
   */
  public String correction(String word) {
    if (word.length() < MIN_MISSPELLING || !isLowerLetters(word) || words.contains(word)) return null;
    Set<String> found = new LinkedHashSet<>();
    addWithinOneEdit(word, byDeletion.get(word), found);
    for (int i = 0; i < word.length(); i++) addWithinOneEdit(word, byDeletion.get(deleteAt(word, i)), found);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static void addWithinOneEdit(String word, List<String> candidates, Set<String> found) {
    if (candidates == null) return;
    for (String c : candidates) if (oneEdit(word, c)) found.add(c);
  }

  /**
   * Exactly one insertion, deletion, substitution or swap of neighbours turns a into b, inside the
   * word: a word that differs from a common word only in how it ends is more often that word in
   * another language (generale, generali, industria, systema) than a typo, and one that differs in its
   * first letter more often a name (hivision, not division).
   */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
    if (i == 0) return false;
    if (la == lb) {
      if (i < la - 1 && a.regionMatches(i + 1, b, i + 1, la - i - 1)) return true; // substitution
      return i + 2 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // swap
    }
    if (i >= Math.min(la, lb)) return false; // the extra letter is the last
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }

  private static String deleteAt(String w, int i) {
    return w.substring(0, i) + w.substring(i + 1);
  }

  private static boolean isLowerLetters(String w) {
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
    return !w.isEmpty();
  }
}
