package org.tiescan.match;

import java.util.Map;

/**
 * The posting lists of the character n-grams ({@link IndexFields#GRAM_SIZE} chars), in an open-addressing
 * table keyed by the gram's chars packed into a long. Retrieval looks up each of a name's ≈ 30 grams to
 * keep its rarest; in a {@code HashMap} of strings each lookup followed a node, a key and its chars, a
 * cache miss each. At 1M entries (≈ 23,000 gram lists kept, a table of 786 KB) a match took 1 % less time
 * (287.0 against 290.0 µs, alternating query by query in one JVM; docs/benchmarks.md, wave 14).
 */
final class GramTable {
  private final long[] keys;
  private final int[][] lists;
  private final int mask;

  private GramTable(int capacity) {
    keys = new long[capacity];
    lists = new int[capacity][];
    mask = capacity - 1;
  }

  /** The lists of {@code byGram} whose gram {@link #fits}; other grams are not kept here. */
  static GramTable of(Map<String, int[]> byGram) {
    int n = 0;
    for (String g : byGram.keySet()) if (fits(g)) n++;
    GramTable table = new GramTable(Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1);
    byGram.forEach((g, docs) -> {
      if (fits(g)) table.put(pack(g), docs);
    });
    return table;
  }

  /** Whether {@code text} has the length of a gram: only then can it be packed. */
  static boolean fits(String text) {
    return text.length() == IndexFields.GRAM_SIZE && text.length() <= 3;
  }

  /** The list of {@code gram} (which must {@link #fits}), or null. */
  int[] get(String gram) {
    long key = pack(gram);
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (keys[i] == key) return lists[i];
      if (keys[i] == 0) return null;
    }
  }

  private void put(long key, int[] docs) {
    int i = slot(key);
    while (keys[i] != 0) i = (i + 1) & mask;
    keys[i] = key;
    lists[i] = docs;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  /** The chars, 16 bits each, under a leading 1 that keeps every key from 0 (the empty slot). */
  private static long pack(String gram) {
    long key = 1;
    for (int i = 0; i < gram.length(); i++) key = key << 16 | gram.charAt(i);
    return key;
  }
}
