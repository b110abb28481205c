package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one index field within one edit (insertion, deletion, substitution, or two neighbours
 * swapped) of a given word, with the closeness Lucene's {@code FuzzyQuery(term, 1, 0, max, true)}
 * gives them ({@code 1 - edits / shorter length}), the {@code max} closest (ties: the smaller word):
 * the same expansions, without building an edit automaton per word, which was a sixth of a match
 * against the bundled lists. Built once when the index opens, from every word of the field filed
 * under itself and each of its one-letter deletions (a word one edit away shares one of those keys).
 * {@code MatchIndexTest} checks it against {@code FuzzyQuery} on every word of a real index.
 */
final class OneEditSpellings {
  private final Map<String, String[]> byDeletion = new HashMap<>();

  private OneEditSpellings() {}

  /**
   * Words above which no spelling index is built: filed under ≈ 8 keys each, a million words would take
   * about a gigabyte; beyond this the edit automaton is cheaper than the memory.
   */
  static final long MAX_WORDS = 300_000;

  /** The spelling index of {@code field}, or null when the field has more than {@link #MAX_WORDS} words. */
  static OneEditSpellings of(IndexReader reader, String field) throws IOException {
    long size = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms != null) size += terms.size();
    }
    if (size > MAX_WORDS) return null;
    TreeSet<String> words = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) words.add(t.utf8ToString());
    }
    Map<String, List<String>> filed = new HashMap<>();
    for (String w : words) {
      filed.computeIfAbsent(w, k -> new ArrayList<>(1)).add(w);
      int[] cps = w.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        String key = deleteAt(cps, i);
        List<String> list = filed.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() || !list.get(list.size() - 1).equals(w)) list.add(w);
      }
    }
    OneEditSpellings s = new OneEditSpellings();
    filed.forEach((k, v) -> s.byDeletion.put(k, v.toArray(String[]::new)));
    return s;
  }

  /** The {@code max} closest words within one edit of {@code word} (itself included if known), closest first. */
  Map<String, Float> of(String word, int max) {
    int[] cps = word.codePoints().toArray();
    Map<String, Float> found = new HashMap<>();
    addWithinOneEdit(cps, byDeletion.get(word), found);
    for (int i = 0; i < cps.length; i++) addWithinOneEdit(cps, byDeletion.get(deleteAt(cps, i)), found);
    List<Map.Entry<String, Float>> ranked = new ArrayList<>(found.entrySet());
    ranked.sort(Comparator.comparing((Map.Entry<String, Float> e) -> -e.getValue())
        .thenComparing(e -> new BytesRef(e.getKey())));
    Map<String, Float> out = new LinkedHashMap<>();
    for (Map.Entry<String, Float> e : ranked.subList(0, Math.min(max, ranked.size()))) out.put(e.getKey(), e.getValue());
    return out;
  }

  private static void addWithinOneEdit(int[] word, String[] candidates, Map<String, Float> found) {
    if (candidates == null) return;
    for (String c : candidates) {
      if (found.containsKey(c)) continue;
      int[] other = c.codePoints().toArray();
      int edits = editsUpToOne(word, other);
      if (edits <= 1) found.put(c, 1f - (float) edits / Math.min(word.length, other.length));
    }
  }

  /** 0 for the same word, 1 for one insertion, deletion, substitution or swap of neighbours, else 2. */
  static int editsUpToOne(int[] a, int[] b) {
    int la = a.length;
    int lb = b.length;
    if (Math.abs(la - lb) > 1) return 2;
    int i = 0;
    while (i < Math.min(la, lb) && a[i] == b[i]) i++;
    if (la == lb) {
      if (i == la) return 0;
      if (same(a, i + 1, b, i + 1, la - i - 1)) return 1;
      boolean swap = i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && same(a, i + 2, b, i + 2, la - i - 2);
      return swap ? 1 : 2;
    }
    return la > lb ? (same(a, i + 1, b, i, lb - i) ? 1 : 2) : (same(b, i + 1, a, i, la - i) ? 1 : 2);
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
