package org.tiescan.text.lexicon;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
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
  /**
   * The common words by their first letter, last letter and length ({@link #shape}). An interior edit
   * keeps a word's first and last letters and changes its length by one at most, so the words a
   * misspelling can stand for are those of its own shape with a length one shorter, the same or one
   * longer: a few at most, compared one by one. (Making each word's one-letter deletions and looking
   * them up, as {@link org.tiescan.text.OneEditWords} does, was ≈ 1.6 % of a batch at 1M entities.)
   */
  private final String[][] byShape = new String[26 * 26 * 64][];

  private static final String[] NONE = new String[0];

  CommonWordSpellings(Collection<String> commonWords) {
    for (String w : commonWords) {
      if (w.length() >= MIN_WORD && isLowerLetters(w)) words.add(w);
    }
    for (String w : words) {
      int shape = shape(w, w.length());
      String[] same = byShape[shape] == null ? NONE : byShape[shape];
      byShape[shape] = Arrays.copyOf(same, same.length + 1);
      byShape[shape][same.length] = w;
    }
  }

  /** A number for the first and last letters of {@code word} (plain lower-case letters) and {@code length}. */
  private static int shape(String word, int length) {
    int ends = (word.charAt(0) - 'a') * 26 + word.charAt(word.length() - 1) - 'a';
    return ends * 64 + Math.min(length, 63);
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
    // a length capped at 63 by the shape may meet the same bucket twice: each bucket once
    int previous = -1;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      int shape = shape(word, length);
      if (shape == previous) continue;
      previous = shape;
      for (String common : byShape[shape] == null ? NONE : byShape[shape]) {
        if (!oneEdit(word, common)) continue;
        if (found != null) return null;
        found = common;
      }
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
