package org.tiescan.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.tiescan.text.OneEditWords;

/**
 * The words of one index field within one edit (insertion, deletion, substitution, or two neighbours
 * swapped) of a given word, with the closeness Lucene's {@code FuzzyQuery(term, 1, 0, max, true)}
 * gives them ({@code 1 - edits / shorter length}), the {@code max} closest (ties: the smaller word):
 * the same expansions, without building an edit automaton per word, which was a sixth of a match
 * against the bundled lists. Built once when the index opens from every word of the field, as {@link
 * PostingLists} has read them ({@link OneEditWords}). {@code MatchIndexTest} checks it against {@code FuzzyQuery} on every word of a real index.
 */
final class OneEditSpellings {
  /**
   * Words above which no spelling index is built: filed under ≈ 8 keys each, a million words would take
   * about a gigabyte; beyond this the edit automaton is cheaper than the memory.
   */
  static final long MAX_WORDS = 300_000;

  private final OneEditWords words;

  private OneEditSpellings(OneEditWords words) {
    this.words = words;
  }

  /** The spelling index of {@code words} (a field's every word), or null when they are more than {@link #MAX_WORDS}. */
  static OneEditSpellings of(Collection<String> words) {
    return words.size() > MAX_WORDS ? null : new OneEditSpellings(new OneEditWords(words));
  }

  /** The {@code max} closest words within one edit of {@code word} (itself included if known), closest first. */
  Map<String, Float> of(String word, int max) {
    int length = word.codePointCount(0, word.length());
    List<Map.Entry<String, Float>> ranked = new ArrayList<>();
    words.near(word).forEach((w, edits) ->
        ranked.add(Map.entry(w, 1f - (float) edits / Math.min(length, w.codePointCount(0, w.length())))));
    ranked.sort(Comparator.comparing((Map.Entry<String, Float> e) -> -e.getValue())
        .thenComparing(e -> new BytesRef(e.getKey())));
    Map<String, Float> out = new LinkedHashMap<>();
    for (Map.Entry<String, Float> e : ranked.subList(0, Math.min(max, ranked.size()))) out.put(e.getKey(), e.getValue());
    return out;
  }
}
