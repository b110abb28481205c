package org.tiescan.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.tiescan.match.score.TokenRarity;

/**
 * Every word of the index with its document frequency and the rarity it gives, in one open-addressing
 * table of 64-bit fingerprints: a candidate's rarities were looked up in a {@code HashMap} of a million
 * words, five dependent cache misses each (node, key, its bytes, value), 6 % of a batch match at 1M
 * entities; here a lookup hashes the word once and reads one cache line. Read-only once built.
 *
 * <p>Exact for the index's own words: two words with one fingerprint are kept apart in a small map. A
 * word the index lacks is taken for an index word only if its fingerprint equals that word's, odds of
 * about one in 10^13 per lookup at two million words; it would then weigh as that word.
 */
final class WordStats {
  /** Slot i: fingerprint at 3i (0: empty), document frequency at 3i + 1, rarity's bits at 3i + 2. */
  private final long[] slots;
  private final int mask;
  private static final int DOC_FREQ = 1;
  private static final int RARITY = 2;
  /** Words whose fingerprint another word shares, looked up exactly: a slot's three longs of their own. */
  private final Map<String, long[]> shared = new HashMap<>();
  /** The document frequency of a slot whose words are in {@link #shared}. */
  private static final long SHARED = -1L;
  /** The three longs of a word the index does not have. */
  private final long[] unknown;
  private final ToLongFunction<String> fingerprint;
  private final int entries;
  private final double floor;
  /** The word in each slot, while the table is built: to tell which words share a fingerprint. */
  private String[] owners;

  WordStats(int words, int entries, double floor, ToLongFunction<String> fingerprint) {
    int capacity = Integer.highestOneBit(Math.max(4, words * 2 - 1)) << 1;
    this.slots = new long[3 * capacity];
    this.owners = new String[capacity];
    this.mask = capacity - 1;
    this.fingerprint = fingerprint;
    this.entries = entries;
    this.floor = floor;
    this.unknown = new long[] {0, 0, rarityBits(0)};
  }

  /** The statistics of every token list in {@code postings}, rarities against {@code entries} entries. */
  static WordStats of(PostingLists postings, int entries, double floor) {
    WordStats stats = new WordStats(postings.terms(IndexFields.TOKEN).size(), entries, floor, WordStats::fingerprint);
    postings.forEach(IndexFields.TOKEN, (word, docs) -> stats.put(word, docs.length));
    return stats.built();
  }

  /** Adds a word with its document frequency (each word once, before {@link #built}). */
  void put(String word, int docFreq) {
    long key = fingerprint.applyAsLong(word);
    int slot = find(key);
    int at = 3 * slot;
    if (slots[at] == 0) {
      slots[at] = key;
      slots[at + DOC_FREQ] = docFreq;
      slots[at + RARITY] = rarityBits(docFreq);
      owners[slot] = word;
      return;
    }
    // a second word with this fingerprint: both are answered from the exact map
    if (slots[at + DOC_FREQ] != SHARED) shared.put(owners[slot], Arrays.copyOfRange(slots, at, at + 3));
    shared.put(word, new long[] {key, docFreq, rarityBits(docFreq)});
    slots[at + DOC_FREQ] = SHARED;
  }

  /** The table, ready for lookups. */
  WordStats built() {
    owners = null;
    return this;
  }

  private long rarityBits(int docFreq) {
    return Double.doubleToRawLongBits(TokenRarity.fromDocFreq(docFreq, entries, floor));
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int find(long key) {
    int i = (int) (key ^ key >>> 32) & mask;
    while (slots[3 * i] != 0 && slots[3 * i] != key) i = (i + 1) & mask;
    return i;
  }

  /** Entries with the word; 0 for a word the index does not have. */
  int docFreq(String word) {
    return (int) stat(word, DOC_FREQ);
  }

  double rarity(String word) {
    return Double.longBitsToDouble(stat(word, RARITY));
  }

  /** Long {@code field} of the word's slot: its own, a shared fingerprint's exact entry, or the unknown word's. */
  private long stat(String word, int field) {
    int at = 3 * find(fingerprint.applyAsLong(word));
    if (slots[at] == 0) return unknown[field];
    return slots[at + DOC_FREQ] != SHARED ? slots[at + field] : shared.getOrDefault(word, unknown)[field];
  }

  /** FNV-1a over the UTF-16 units, then a final mix; never 0 (the empty slot). */
  static long fingerprint(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
