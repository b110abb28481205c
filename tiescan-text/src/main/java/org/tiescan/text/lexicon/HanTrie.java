package org.tiescan.text.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/** The Chinese words by character, so that all words starting at a position are found in one walk. */
final class HanTrie {
  private final Map<Integer, HanTrie> children = new HashMap<>();
  private HanWord word;

  void add(HanWord w) {
    HanTrie node = this;
    for (int cp : w.han().codePoints().toArray()) node = node.children.computeIfAbsent(cp, k -> new HanTrie());
    node.word = w;
  }

  /** Calls {@code found} with every word that starts at {@code start} and its length, shortest first. */
  void wordsAt(int[] text, int start, ObjIntConsumer<HanWord> found) {
    HanTrie node = this;
    for (int i = start; i < text.length; i++) {
      node = node.children.get(text[i]);
      if (node == null) return;
      if (node.word != null) found.accept(node.word, i - start + 1);
    }
  }
}
