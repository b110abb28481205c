package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The posting lists retrieval reads, decoded once when the index opens into arrays of document ids
 * (ascending, across segments): name tokens, identifier keys, and the character n-grams rare enough
 * to be asked for ({@link #gramCap}). Profiled at 1M entities, decoding Lucene's compressed blocks,
 * seeking terms and cloning their inputs was a third of a batch match (docs/benchmarks.md, wave 7);
 * the arrays cost 4 bytes a posting (45 MB at 1M entities; reopening took 1.4–1.8 s instead of 0.6 s).
 * Long lists are also held as bit sets and lists of middle length with a block index, so that retrieval
 * can ask them whether they have an entry. Lucene's files stay the store of record: this is a read-only
 * copy, built again at every open.
 */
final class PostingLists {
  /** Fields whose every list is kept. */
  private static final List<String> WHOLE = List.of(IndexFields.TOKEN, IndexFields.IDENTIFIER);

  private final Map<String, Map<String, int[]>> byField = new HashMap<>();
  /**
   * What a list is held as besides its array, by list: the lists of at least {@link #bitsFrom} entries as bit
   * sets over the document ids, those shorter but of at least {@link #BLOCKS_FROM} with a block index.
   */
  private final Map<int[], Lookup> lookups = new java.util.IdentityHashMap<>();
  private int blockShift;
  private long postings;
  private long bitSetWords;
  private long blockIndexChars;
  /** The gram lists again, keyed by their chars packed in a long ({@link GramTable}). */
  private GramTable grams = GramTable.of(Map.of());

  private PostingLists() {}

  /**
   * The most entries an n-gram may be in for retrieval to ask for it: a gram in more than 0.5 % of
   * the entries (at least 1,000) says little of a name, and its list is long.
   */
  static long gramCap(int entries) {
    return Math.max(1000, (long) (0.005 * entries));
  }

  static PostingLists read(IndexReader reader) throws IOException {
    PostingLists lists = new PostingLists();
    for (String field : WHOLE) lists.readField(reader, field, Long.MAX_VALUE);
    lists.readField(reader, IndexFields.GRAM, gramCap(reader.numDocs()));
    // common pairs (有限 "you xian") say as little as common n-grams
    lists.readField(reader, IndexFields.PINYIN_PAIR, gramCap(reader.numDocs()));
    lists.grams = GramTable.of(lists.byField.get(IndexFields.GRAM));
    lists.addBitSets(reader.maxDoc());
    lists.addBlockIndexes(reader.maxDoc());
    return lists;
  }

  /** Lists from this long on without a bit set get a block index. */
  static final int BLOCKS_FROM = 256;

  /**
   * Gives each list of at least {@link #BLOCKS_FROM} entries that has no bit set a block index: where its
   * entries of each block of 2^{@link #blockShift} document ids begin. With ≈ 1,000 blocks whatever the
   * index's size, a list below the bit-set length has a few entries a block on average, so asking it
   * whether it has an entry is a look into the index and a short scan, in any order of entries, where
   * galloping through the list took a dozen scattered reads.
   */
  private void addBlockIndexes(int maxDoc) {
    blockShift = blockShift(maxDoc);
    int blocks = (Math.max(0, maxDoc - 1) >>> blockShift) + 2;
    int bitsFrom = bitsFrom(maxDoc);
    for (Map<String, int[]> lists : byField.values()) {
      for (int[] docs : lists.values()) {
        if (docs.length < BLOCKS_FROM || docs.length >= bitsFrom || docs.length > Character.MAX_VALUE) continue;
        char[] starts = new char[blocks];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
          while (at < docs.length && docs[at] >>> blockShift < b) at++;
          starts[b] = (char) at;
        }
        lookups.put(docs, new Lookup(null, starts));
        blockIndexChars += blocks;
      }
    }
  }

  /** The shift that cuts {@code maxDoc} document ids into at most ≈ 1,024 blocks (of at least 64). */
  static int blockShift(int maxDoc) {
    return Math.max(6, 32 - Integer.numberOfLeadingZeros(maxDoc >>> 10));
  }

  /** A list's bit set or block index, whichever it has (each else null). */
  record Lookup(long[] bits, char[] blocks) {
    static final Lookup NONE = new Lookup(null, null);
  }

  /** How {@code docs} (as {@link #docs} gave it) can be asked whether it has an entry besides its array. */
  Lookup lookup(int[] docs) {
    return lookups.getOrDefault(docs, Lookup.NONE);
  }

  /** The block index of {@code docs} (as {@link #docs} gave it), or null when it has none. */
  char[] blocks(int[] docs) {
    return lookup(docs).blocks();
  }

  /** Whether {@code docs}, whose block index is {@code starts}, has {@code doc}. */
  boolean contains(int[] docs, char[] starts, int doc) {
    int block = doc >>> blockShift;
    for (int i = starts[block], end = starts[block + 1]; i < end; i++) {
      int d = docs[i];
      if (d >= doc) return d == doc;
    }
    return false;
  }

  /**
   * Lists this long are also held as a bit set: once retrieval prunes, it asks each long list whether
   * the entries that can still make its best have the term, and one bit answers where a search through
   * the list took several scattered reads (docs/benchmarks.md, wave 13: retrieval −15 to −18 % at 1M
   * entities). From 1/256 of the entries on (at least 256), a bit set takes at most 8 times its list's
   * array: 45.5 MB for the 364 lists that long at 1M entities, beside 45 MB of postings.
   */
  static int bitsFrom(int maxDoc) {
    return Math.max(256, maxDoc >>> 8);
  }

  private void addBitSets(int maxDoc) {
    int from = bitsFrom(maxDoc);
    for (Map<String, int[]> lists : byField.values()) {
      for (int[] docs : lists.values()) {
        if (docs.length < from) continue;
        long[] bits = new long[(maxDoc >>> 6) + 1];
        for (int doc : docs) bits[doc >>> 6] |= 1L << doc;
        lookups.put(docs, new Lookup(bits, null));
        bitSetWords += bits.length;
      }
    }
  }

  /** The list {@code docs} (as {@link #docs} gave it) as a bit set, or null when it is too short for one. */
  long[] bits(int[] docs) {
    return lookup(docs).bits();
  }

  /**
   * Reads the lists of {@code field} of at most {@code maxDocFreq} entries across the segments. The segments'
   * terms are walked side by side in their common order, so a term's frequency across them is known when
   * it comes: asking the reader for it (a seek into every segment for every n-gram) was two thirds of
   * reading the lists at 1M entities (1.5 s of an open).
   */
  private void readField(IndexReader reader, String field, long maxDocFreq) throws IOException {
    List<LeafReaderContext> leaves = new ArrayList<>();
    List<TermsEnum> enums = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) continue;
      leaves.add(leaf);
      enums.add(terms.iterator());
    }
    int segments = leaves.size();
    BytesRef[] current = new BytesRef[segments];
    for (int i = 0; i < segments; i++) current[i] = enums.get(i).next();
    boolean[] atTerm = new boolean[segments];
    Map<String, int[]> lists = new HashMap<>();
    // one per segment: an enum is reused only for the segment it came from (else a new one each term)
    PostingsEnum[] pe = new PostingsEnum[segments];
    for (BytesRef term = smallest(current); term != null; term = smallest(current)) {
      long docFreq = 0;
      for (int i = 0; i < segments; i++) {
        atTerm[i] = current[i] != null && current[i].bytesEquals(term);
        if (atTerm[i]) docFreq += enums.get(i).docFreq();
      }
      if (docFreq <= maxDocFreq) {
        int[] docs = new int[(int) docFreq];
        int n = 0;
        for (int i = 0; i < segments; i++) {
          if (!atTerm[i]) continue;
          PostingsEnum p = pe[i] = enums.get(i).postings(pe[i], PostingsEnum.NONE);
          int base = leaves.get(i).docBase;
          for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) docs[n++] = base + d;
        }
        lists.put(term.utf8ToString(), docs);
        postings += docFreq;
      }
      // only now: moving a segment's terms on may reuse the bytes of the term read
      for (int i = 0; i < segments; i++) if (atTerm[i]) current[i] = enums.get(i).next();
    }
    byField.put(field, lists);
  }

  /** The smallest of the segments' current terms (null: all are done). */
  private static BytesRef smallest(BytesRef[] current) {
    BytesRef min = null;
    for (BytesRef t : current) if (t != null && (min == null || t.compareTo(min) < 0)) min = t;
    return min;
  }

  /** The entries with {@code text} in {@code field}, ascending; null when none (or when not kept). */
  int[] docs(String field, String text) {
    if (GramTable.fits(text) && field.equals(IndexFields.GRAM)) return grams.get(text);
    Map<String, int[]> lists = byField.get(field);
    return lists == null ? null : lists.get(text);
  }

  /** How many entries have {@code text} in {@code field} (0 for a gram too common to be kept). */
  int docFreq(String field, String text) {
    int[] docs = docs(field, text);
    return docs == null ? 0 : docs.length;
  }

  /** Every list of {@code field} that is kept, with its term. */
  void forEach(String field, java.util.function.BiConsumer<String, int[]> action) {
    Map<String, int[]> lists = byField.get(field);
    if (lists != null) lists.forEach(action);
  }

  /** The terms of {@code field} whose lists are kept (for the token field: every word of the index). */
  java.util.Set<String> terms(String field) {
    Map<String, int[]> lists = byField.get(field);
    return lists == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(lists.keySet());
  }

  /** Postings held, for benchmarks (4 bytes each). */
  long postings() {
    return postings;
  }

  /** Bytes the block indexes take (for tests and benchmarks). */
  long blockIndexBytes() {
    return blockIndexChars * Character.BYTES;
  }

  /** Bytes the bit sets of the long lists take (for tests). */
  long bitSetBytes() {
    return bitSetWords * Long.BYTES;
  }
}
