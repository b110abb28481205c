package org.tiescan.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of words and a lookup of those within one edit of a given word: one code point inserted,
 * deleted or changed, or two neighbours swapped (Damerau's restricted distance 1, as Lucene's fuzzy
 * query counts it). Every word is filed under itself and each of its one-code-point deletions; a word
 * one edit away shares one of those keys, and the candidates found so are then checked exactly. Used
 * for misspelt common words (the lexicon) and for the index's spellings of an unknown word (matching).
 * Immutable once built; thread-safe.
 */
public final class OneEditWords {
  private final Map<String, String[]> byDeletion = new HashMap<>();
  /** Code points of the shortest and the longest word: a word further than one from both has no neighbour. */
  private int shortest = Integer.MAX_VALUE;
  private int longest = -1;

  public OneEditWords(Collection<String> words) {
    Map<String, List<String>> filed = new HashMap<>();
    for (String w : words) {
      file(filed, w, w);
      int[] cps = w.codePoints().toArray();
      shortest = Math.min(shortest, cps.length);
      longest = Math.max(longest, cps.length);
      for (int i = 0; i < cps.length; i++) file(filed, deleteAt(cps, i), w);
    }
    filed.forEach((k, v) -> byDeletion.put(k, v.toArray(String[]::new)));
  }

  private static void file(Map<String, List<String>> filed, String key, String word) {
    List<String> list = filed.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(word)) list.add(word);
  }

  /** The words within one edit of {@code word}, with their distance to it (0: the word itself, or 1). */
  public Map<String, Integer> near(String word) {
    Map<String, Integer> found = new LinkedHashMap<>();
    // a word of a length no word here is within one of has no neighbour; its deletions need not be
    // made (each costs the word's length: a name of a million letters would take hours)
    int length = word.codePointCount(0, word.length());
    if (length > longest + 1 || length < shortest - 1) return found;
    int[] cps = word.codePoints().toArray();
    addNear(cps, byDeletion.get(word), found);
    for (int i = 0; i < cps.length; i++) addNear(cps, byDeletion.get(deleteAt(cps, i)), found);
    return found;
  }

  private static void addNear(int[] word, String[] candidates, Map<String, Integer> found) {
    if (candidates == null) return;
    for (String c : candidates) {
      if (found.containsKey(c)) continue;
      int edits = editsUpToOne(word, c.codePoints().toArray());
      if (edits <= 1) found.put(c, edits);
    }
  }

  /** 0 for the same word, 1 for one insertion, deletion, substitution or swap of neighbours, else 2. */
  public static int editsUpToOne(int[] a, int[] b) {
    int la = a.length;
    int lb = b.length;
    if (Math.abs(la - lb) > 1) return 2;
    int i = commonPrefix(a, b);
    if (la == lb) {
      if (i == la) return 0;
      if (same(a, i + 1, b, i + 1, la - i - 1)) return 1;
      boolean swap = i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && same(a, i + 2, b, i + 2, la - i - 2);
      return swap ? 1 : 2;
    }
    return la > lb ? (same(a, i + 1, b, i, lb - i) ? 1 : 2) : (same(b, i + 1, a, i, la - i) ? 1 : 2);
  }

  /** Code points both words begin with. */
  public static int commonPrefix(int[] a, int[] b) {
    int i = 0;
    while (i < Math.min(a.length, b.length) && a[i] == b[i]) i++;
    return i;
  }

  /** Code points both words end with, not counting any of their common prefix. */
  public static int commonSuffix(int[] a, int[] b) {
    int max = Math.min(a.length, b.length) - commonPrefix(a, b);
    int j = 0;
    while (j < max && a[a.length - 1 - j] == b[b.length - 1 - j]) j++;
    return j;
  }

  private static boolean same(int[] a, int from, int[] b, int bFrom, int n) {
    for (int k = 0; k < n; k++) if (a[from + k] != b[bFrom + k]) return false;
    return true;
  }

  private static String deleteAt(int[] cps, int i) {
    StringBuilder sb = new StringBuilder(cps.length);
    for (int k = 0; k < cps.length; k++) if (k != i) sb.appendCodePoint(cps[k]);
    return sb.toString();
  }
}
