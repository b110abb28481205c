package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Candidate retrieval over the index's posting lists ({@link PostingLists}, held as arrays), a term at
 * a time into one table of scores, with the ranking a Lucene BooleanQuery of the same boosted term
 * clauses gives (BM25 without length norms, since every field omits them: boost × idf × a constant of
 * the field), ties going to the entry sharing more of the query's legal forms, then to the one with fewest
 * name tokens, then to the lowest document id.
 *
 * <p>Terms are walked shortest list first. Once the weight of the terms left cannot lift an entry the
 * query has not reached yet above the {@code k}-th best score so far, those terms only add to the
 * entries that can still make the top {@code k} ("MaxScore"): the long posting lists of common words
 * and syllables, which also weigh least, are then asked through their bit sets ({@link PostingLists#bits})
 * or block indexes ({@link PostingLists#blocks}) whether those entries have the term, or skipped through
 * or only read for entries already reached. The result is exactly that of walking every list.
 *
 * <p>Why not {@code IndexSearcher.search}: profiled at 1M entities, 90 % of a match was Lucene's
 * disjunction machinery (a heap over dozens of clauses, impacts it cannot use on DOCS-only fields,
 * the token-count sort read from doc values per hit) around the same postings (docs/benchmarks.md).
 */
final class TermAtATimeRetriever {
  /**
   * A term and its clause boost, as a {@code BoostQuery(TermQuery)} would have it; {@code docFreq}, when
   * not negative, replaces the term's own for its idf (fuzzy expansions share their highest, as
   * Lucene's blended rewrite does).
   */
  record Clause(Term term, float boost, int docFreq) {
    Clause(Term term, float boost) {
      this(term, boost, -1);
    }
  }

  private static final float K1 = 1.2f;
  private static final float B = 0.75f;
  /**
   * Below this many postings a list is walked whatever its weight: finding the k-th score costs more.
   * 2,048 until the reachable entries stopped being sorted for every pruned retrieval; since then, at 1M
   * entities, pruning from 256 postings on costs 12 % less a retrieval (128: 11 %, 512: 10 %, 1,024: 6.5 %,
   * 0: 6 %; 4,096: 21 % more; in one JVM, query by query; docs/benchmarks.md, wave 13).
   */
  static final int WORTH_PRUNING = 256;
  /**
   * Skipping to an entry costs about as much as walking this many postings: a few, in an array (16 when
   * the lists were Lucene's blocks; at 4, 36 % fewer postings walked at 1M entries, CPU −2 %).
   */
  private static final int WALK_RATIO = 4;
  /** Slack on the bound, for float sums taken in another order: pruning must never drop a tie. */
  private static final float SLACK = 1e-4f;

  private final PostingLists lists;
  /** Distinct name tokens per document: the tie-break after the legal forms. */
  private final int[] tokenCounts;
  /**
   * The legal forms of each document's names as a 64-bit sketch ({@link IndexFields#legalFormBits}): among
   * entries of equal score the one sharing more of the query's legal forms ranks first. Zero for all in an
   * index written before the field.
   */
  private final long[] legalForms;
  /**
   * Each document's name sketches ({@link IndexFields#nameSketch}), those of document d from
   * {@code sketchStart[d]} to {@code sketchStart[d + 1]}: 8 bytes a name (≈ 12 MB at 1M entities). None
   * in an index written before the column: the likeness is then 0 and the ranking that of the scores.
   */
  private final long[] sketches;
  private final int[] sketchStart;
  private final Map<String, FieldStats> fields = new HashMap<>();
  private final int maxDoc;
  /**
   * Score tables not in use, taken for one retrieval and given back: as many exist as retrievals ever
   * ran at once (a server's hundreds of request threads would each keep one if they were per thread).
   */
  private final ConcurrentLinkedDeque<Accumulator> idle = new ConcurrentLinkedDeque<>();
  /** Every accumulator, for {@link #cost} (counters shared between threads cost 7 % of a batch). */
  private final List<Accumulator> all = new CopyOnWriteArrayList<>();

  TermAtATimeRetriever(IndexReader reader, PostingLists lists) throws IOException {
    this.lists = lists;
    this.tokenCounts = tokenCounts(reader);
    this.legalForms = legalForms(reader);
    this.sketchStart = new int[reader.maxDoc() + 1];
    this.sketches = sketches(reader, sketchStart);
    for (String field : List.of(IndexFields.TOKEN, IndexFields.GRAM, IndexFields.IDENTIFIER, IndexFields.PINYIN_PAIR)) {
      fields.put(field, FieldStats.of(reader, field));
    }
    this.maxDoc = reader.maxDoc();
  }

  private static int[] tokenCounts(IndexReader reader) throws IOException {
    int[] counts = new int[reader.maxDoc()];
    readColumn(reader, IndexFields.TOKEN_COUNT, (doc, value) -> counts[doc] = (int) value);
    return counts;
  }

  private static long[] legalForms(IndexReader reader) throws IOException {
    long[] bits = new long[reader.maxDoc()];
    readColumn(reader, IndexFields.LEGAL_FORMS, (doc, value) -> bits[doc] = value);
    return bits;
  }

  /** Every document's name sketches, one after another; {@code start} gets where each document's begin. */
  private static long[] sketches(IndexReader reader, int[] start) throws IOException {
    long[] out = new long[Math.max(16, reader.maxDoc())];
    int n = 0;
    int next = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), IndexFields.NAME_SKETCH);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        int global = leaf.docBase + doc;
        while (next <= global) start[next++] = n;
        int count = values.docValueCount();
        if (n + count > out.length) out = Arrays.copyOf(out, Math.max(n + count, out.length + (out.length >> 1)));
        for (int i = 0; i < count; i++) out[n++] = values.nextValue();
      }
    }
    while (next < start.length) start[next++] = n;
    return Arrays.copyOf(out, n);
  }

  /** Receives one document's value of a numeric column (the document id across segments). */
  private interface ColumnValue {
    void accept(int doc, long value);
  }

  /** Every value of the numeric doc-values column {@code field}; documents without one are skipped. */
  private static void readColumn(IndexReader reader, String field, ColumnValue sink) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        sink.accept(leaf.docBase + doc, values.longValue());
      }
    }
  }

  /**
   * The best {@code ranked} documents for the clauses (each scored on its own and summed; of equal scores,
   * those sharing more of {@code queryLegalForms}, the query's as {@link IndexFields#legalFormBits}, then those
   * with fewer name tokens, then the lowest document id), of which the {@code kept} whose names are most
   * like the query's ({@code querySketches}) come back, best first. Lists of fewer than {@code worthPruning}
   * postings are walked whatever their weight ({@link #WORTH_PRUNING}; tests vary it).
   */
  int[] top(List<Clause> clauses, int ranked, int kept, long queryLegalForms, long[] querySketches, int worthPruning) {
    Ranked best = top(clauses, ranked, queryLegalForms, worthPruning);
    return mostAlike(best, kept, querySketches, queryLegalForms);
  }

  /** The best {@code k} documents for the clauses, with their scores. */
  private Ranked top(List<Clause> clauses, int k, long queryLegalForms, int worthPruning) {
    List<WeightedTerm> terms = weigh(clauses);
    double[] left = weightLeft(terms);
    Accumulator acc = take();
    try {
      int[] reachable = null;
      boolean inDocOrder = false;
      for (int i = 0; i < terms.size(); i++) {
        WeightedTerm t = terms.get(i);
        // finding the k-th score costs a pass over the touched entries: worth it before a long list only
        if (reachable == null && acc.size >= k && t.docFreq >= worthPruning && t.docFreq * 4L >= acc.size
            && left[i] < acc.max) {
          reachable = acc.reachable(k, left[i]);
        }
        if (reachable == null) {
          walk(t, acc);
          continue;
        }
        if (!inDocOrder && skipsThrough(t, reachable)) {
          reachable = acc.inDocOrder(reachable);
          inDocOrder = true;
        }
        addTo(reachable, t, acc);
        // after the last list the ranking below takes only entries at or above the k-th score anyway
        // (pruning there too cost 1.4–2.1 % of a retrieval, docs/benchmarks.md, wave 15)
        if (i + 1 < terms.size()) reachable = acc.stillReachable(reachable, k, left[i + 1]);
      }
      IntUnaryOperator tieRank = doc -> tieRank(doc, queryLegalForms);
      return reachable == null ? acc.top(null, acc.size, k, tieRank) : acc.top(reachable, reachable.length, k, tieRank);
    } finally {
      acc.clear();
      idle.push(acc);
    }
  }

  /** Documents best first, with their retrieval scores. */
  record Ranked(int[] docs, float[] scores) {}

  /**
   * How much the likeness of names weighs against the retrieval score (as a share of the best one).
   * Probed at 0.5, 1 and 3: 3 put a few more generated true entries among the first 25 at 1M entities,
   * but also long namesakes sharing "Beijing … Technology Development" before a short brand name the
   * query contains (the README example lost SenseTime Group, Inc. for the queries naming Beijing
   * SenseTime); 1 keeps the rarity-weighted score in charge and the likeness as the tie-breaker it is
   * meant to be (docs/benchmarks.md, wave 12).
   */
  private static final float LIKENESS_WEIGHT = 1f;
  /**
   * The weight of the legal forms the entry shares with the query (their sketches' overlap): the words
   * leave them out, and without them namesakes that differ only in "LLC" or "JSC" tie. A query without a
   * legal form favours no entry.
   */
  private static final float LEGAL_FORM_WEIGHT = 1f;

  /**
   * The {@code kept} documents of {@code best} ranked by their retrieval score as a share of the best one
   * plus {@link #LIKENESS_WEIGHT} times the likeness of their most alike name to the most alike query
   * name plus {@link #LEGAL_FORM_WEIGHT} times the overlap of the legal forms; equal keys keep retrieval's
   * order. Namesakes tie on the words they share with the query; the
   * entry spelt like it ("AL-AQSA FOUNDATION" for "AL-AQSA FOUDATION") shares most of its letter
   * triples. Each of an entry's names is compared on its own: an entry with many aliases is not
   * penalised for them.
   */
  private int[] mostAlike(Ranked best, int kept, long[] querySketches, long queryLegalForms) {
    int n = best.docs.length;
    if (n <= kept) return best.docs;
    // where each entry's sketches are, first, in a loop of nothing else: those reads miss the cache, and
    // a short loop has many of them in flight at once (as Ties.rank)
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = sketchStart[best.docs[i]];
      to[i] = sketchStart[best.docs[i] + 1];
    }
    float[] key = new float[n];
    float top = best.scores[0] > 0 ? best.scores[0] : 1f;
    for (int i = 0; i < n; i++) {
      key[i] = best.scores[i] / top + LIKENESS_WEIGHT * likeness(from[i], to[i], querySketches)
          + LEGAL_FORM_WEIGHT * IndexFields.likeness(legalForms[best.docs[i]], queryLegalForms);
    }
    // a selection of the kept first: n is a few dozen
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = 0; i < kept; i++) {
      int at = i;
      for (int j = i + 1; j < n; j++) if (key[order[j]] > key[order[at]]) at = j;
      int chosen = order[at];
      System.arraycopy(order, i, order, i + 1, at - i);
      order[i] = chosen;
    }
    int[] docs = new int[kept];
    for (int i = 0; i < kept; i++) docs[i] = best.docs[order[i]];
    return docs;
  }

  /** The best likeness between a name of a document (its sketches {@code from} to {@code to}) and a name of the query. */
  private float likeness(int from, int to, long[] querySketches) {
    float best = 0f;
    for (int s = from; s < to; s++) {
      for (long q : querySketches) best = Math.max(best, IndexFields.likeness(sketches[s], q));
    }
    return best;
  }

  /** Lower ranks first among equal scores: more legal forms shared with the query, then fewer name tokens. */
  private int tieRank(int doc, long queryLegalForms) {
    int shared = Long.bitCount(legalForms[doc] & queryLegalForms);
    return (64 - shared) << 24 | Math.min(tokenCounts[doc], 0xFFFFFF);
  }

  private Accumulator take() {
    Accumulator acc = idle.poll();
    if (acc != null) return acc;
    acc = new Accumulator(maxDoc);
    all.add(acc);
    return acc;
  }

  /** Postings walked, skipped to and looked up since the retriever opened: what retrieval costs, for benchmarks. */
  String cost() {
    long walked = 0;
    long skippedTo = 0;
    long bitTests = 0;
    long blockTests = 0;
    long pruned = 0;
    long reached = 0;
    long retrievals = 0;
    for (Accumulator a : all) {
      reached += a.reached;
      retrievals += a.retrievals;
      walked += a.walked;
      skippedTo += a.skippedTo;
      bitTests += a.bitTests;
      blockTests += a.blockTests;
      pruned += a.pruned;
    }
    return retrievals + " retrievals: " + walked + " postings walked, " + skippedTo + " skipped to, " + bitTests
        + " looked up in bit sets, " + blockTests + " in block indexes, " + pruned
        + " lists added to the reachable entries only, " + reached + " entries reached";
  }

  /**
   * A term with its weight and its posting list (document ids, ascending), the list also as a bit set when
   * long, or with a block index when of middle length ({@link PostingLists}; each else null).
   */
  private record WeightedTerm(float weight, int docFreq, int[] docs, long[] bits, char[] blocks) {}

  /** The weight a clause of {@code boost} on a term of {@code docFreq} entries in {@code field} adds to an entry. */
  float weight(String field, float boost, int docFreq) {
    FieldStats stats = fields.get(field);
    return stats == null ? 0f : boost * stats.idf(docFreq) * stats.tfNorm;
  }

  private List<WeightedTerm> weigh(List<Clause> clauses) {
    List<WeightedTerm> out = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      int[] docs = lists.docs(c.term().field(), c.term().text());
      if (docs == null || docs.length == 0) continue;
      // a field without statistics weighs nothing, and its clause is dropped with the others that weigh nothing
      float weight = weight(c.term().field(), c.boost(), c.docFreq() >= 0 ? c.docFreq() : docs.length);
      if (weight <= 0f) continue;
      PostingLists.Lookup lookup = lists.lookup(docs);
      out.add(new WeightedTerm(weight, docs.length, docs, lookup.bits(), lookup.blocks()));
    }
    // shortest lists first: the long ones, left to the end, are those pruning can skip (a stable sort:
    // equal lengths keep the query's order, so every entry's sum is taken in the same order)
    Collections.sort(out, Comparator.comparingInt((WeightedTerm t) -> t.docFreq));
    return out;
  }

  /** {@code left[i]}: the most the terms from {@code i} on can add to an entry; {@code left[n]} is 0. */
  private static double[] weightLeft(List<WeightedTerm> terms) {
    double[] left = new double[terms.size() + 1];
    for (int i = terms.size() - 1; i >= 0; i--) left[i] = left[i + 1] + terms.get(i).weight;
    return left;
  }

  private void walk(WeightedTerm t, Accumulator acc) {
    acc.addAll(t.docs, t.weight);
    acc.walked += t.docFreq;
  }

  /** Whether {@link #addTo} skips through the term's list to each reachable entry (which needs them in document order). */
  private static boolean skipsThrough(WeightedTerm t, int[] reachable) {
    return t.bits == null && t.blocks == null && muchLonger(t, reachable);
  }

  /** Whether the term's list is so much longer than the {@code reachable} entries that walking it costs more than asking it. */
  private static boolean muchLonger(WeightedTerm t, int[] reachable) {
    return t.docFreq > (long) reachable.length * WALK_RATIO;
  }

  /**
   * Adds the term's weight to those of the {@code reachable} entries (local ids; in ascending document
   * order when {@link #skipsThrough}) that have it: asking the list's bit set when it has one, else, when
   * the list is much longer than them, its block index or (a short list) skipping through it to each, or
   * walking it past the reachable entries marked in a bit set ({@link Accumulator#addToReachable}). The block
   * index answered in 4.0–5.4 % less time a retrieval than galloping at 1M entities, and it takes the entries
   * in any order (docs/benchmarks.md, wave 17).
   */
  private void addTo(int[] reachable, WeightedTerm t, Accumulator acc) {
    acc.pruned++;
    if (t.bits != null) {
      for (int local : reachable) {
        int doc = acc.touched[local];
        if ((t.bits[doc >>> 6] & 1L << doc) != 0) acc.scores[local] += t.weight;
      }
      acc.bitTests += reachable.length;
      return;
    }
    if (t.blocks != null && muchLonger(t, reachable)) {
      for (int local : reachable) {
        if (lists.contains(t.docs, t.blocks, acc.touched[local])) acc.scores[local] += t.weight;
      }
      acc.blockTests += reachable.length;
      return;
    }
    if (!skipsThrough(t, reachable)) {
      acc.addToReachable(reachable, t.docs, t.weight);
      acc.walked += t.docFreq;
      return;
    }
    int at = 0;
    for (int local : reachable) {
      int doc = acc.touched[local];
      at = gallop(t.docs, at, doc);
      if (at == t.docs.length) break;
      if (t.docs[at] == doc) acc.scores[local] += t.weight;
    }
    acc.skippedTo += reachable.length;
  }

  /** The first index from {@code from} on whose document is at least {@code target} (or the length): exponential, then binary search. */
  static int gallop(int[] docs, int from, int target) {
    int step = 1;
    int hi = from;
    while (hi < docs.length && docs[hi] < target) {
      from = hi + 1;
      hi += step;
      step <<= 1;
    }
    hi = Math.min(hi, docs.length);
    // docs[from - 1] < target <= docs[hi] (or hi is the length)
    int lo = from;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (docs[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** What BM25 needs of a field: its document count and the constant a one-occurrence, norm-less term gets. */
  private record FieldStats(long docCount, float tfNorm) {
    static FieldStats of(IndexReader reader, String field) throws IOException {
      long docCount = 0;
      long sumTotalTermFreq = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) continue;
        docCount += terms.getDocCount();
        sumTotalTermFreq += terms.getSumTotalTermFreq();
      }
      float avgdl = docCount == 0 ? 1f : (float) (sumTotalTermFreq / (double) docCount);
      // a field without norms has length 1 for every document
      float normInverse = 1f / (K1 * ((1 - B) + B * 1f / avgdl));
      return new FieldStats(Math.max(1, docCount), normInverse / (1 + normInverse));
    }

    float idf(long df) {
      return (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
    }
  }

  /**
   * The entries at or above the k-th score with their scores and tie ranks side by side, ranked highest
   * score first, then lowest tie rank, then lowest id. The entries are gathered first and their tie
   * ranks read after, in a loop of nothing else: each rank is a read far into two columns (a cache miss),
   * and only in a short loop does the processor have many of them in flight at once (a query has 268
   * such entries on average at 1M: namesakes tie). With the same for the re-ranking's sketches,
   * retrieval took 239 µs instead of 259 (docs/benchmarks.md, wave 13).
   *
   * <p>Fewer than k entries score above the k-th score; those are ranked in full. The places left go to
   * the entries at it, by tie rank and id packed into one long each, kept in a heap of longs. With a heap of
   * positions compared through three arrays this step (gathering, reading the ranks, ranking) took 18.0 µs
   * a retrieval at 1M; now 15.1 (in one JVM, retrieval by retrieval; docs/benchmarks.md, wave 14).
   */
  static final class Ties {
    private int[] docs;
    private float[] scores;
    private int[] ranks;
    private long[] atKth;
    private int n;

    Ties(int capacity) {
      docs = new int[Math.max(1, capacity)];
      scores = new float[docs.length];
      ranks = new int[docs.length];
      atKth = new long[docs.length];
    }

    /** Empties the list for the next retrieval, keeping its arrays (up to {@code keep} entries). */
    void clear(int keep) {
      if (docs.length > keep) {
        docs = new int[1];
        scores = new float[1];
        ranks = new int[1];
        atKth = new long[1];
      }
      n = 0;
    }

    void add(int doc, float score) {
      if (n == docs.length) {
        docs = Arrays.copyOf(docs, n * 2);
        scores = Arrays.copyOf(scores, n * 2);
      }
      docs[n] = doc;
      scores[n++] = score;
    }

    /** Reads every entry's tie rank (not negative). */
    void rank(IntUnaryOperator tieRank) {
      if (ranks.length < n) ranks = new int[docs.length];
      for (int i = 0; i < n; i++) ranks[i] = tieRank.applyAsInt(docs[i]);
    }

    /** The best {@code k}, best first, with their scores; {@code kth} is the k-th highest score of all added. */
    Ranked best(int k, float kth) {
      if (k == 0) return new Ranked(new int[0], new float[0]);
      int[] above = new int[Math.min(k, n)];
      int aboveCount = 0;
      if (atKth.length < n) atKth = new long[docs.length];
      int tied = 0;
      for (int i = 0; i < n; i++) {
        if (scores[i] > kth) {
          above[aboveCount++] = i;
        } else if (scores[i] == kth) {
          atKth[tied++] = (long) ranks[i] << 32 | docs[i];
        }
      }
      sortBestFirst(above, aboveCount);
      int places = Math.min(k - aboveCount, tied);
      smallestFirst(atKth, tied, places);
      int[] out = new int[aboveCount + places];
      float[] outScores = new float[out.length];
      for (int i = 0; i < aboveCount; i++) {
        out[i] = docs[above[i]];
        outScores[i] = scores[above[i]];
      }
      for (int i = 0; i < places; i++) {
        out[aboveCount + i] = (int) atKth[i];
        outScores[aboveCount + i] = kth;
      }
      return new Ranked(out, outScores);
    }

    /** Insertion sort by {@link #better}: fewer than k positions. */
    private void sortBestFirst(int[] positions, int count) {
      for (int i = 1; i < count; i++) {
        int p = positions[i];
        int j = i - 1;
        while (j >= 0 && better(p, positions[j])) {
          positions[j + 1] = positions[j];
          j--;
        }
        positions[j + 1] = p;
      }
    }

    private boolean better(int a, int b) {
      if (scores[a] != scores[b]) return scores[a] > scores[b];
      if (ranks[a] != ranks[b]) return ranks[a] < ranks[b];
      return docs[a] < docs[b];
    }

    /** Puts the {@code m} smallest of the first {@code count} values at the front, ascending. */
    static void smallestFirst(long[] values, int count, int m) {
      if (m == 0) return;
      if (count > m) {
        // a heap of the m smallest so far, largest at the root
        for (int i = m / 2 - 1; i >= 0; i--) siftDown(values, i, m);
        for (int i = m; i < count; i++) {
          if (values[i] < values[0]) {
            values[0] = values[i];
            siftDown(values, 0, m);
          }
        }
      }
      Arrays.sort(values, 0, m);
    }

    private static void siftDown(long[] heap, int i, int size) {
      while (true) {
        int l = 2 * i + 1;
        if (l >= size) return;
        int largest = l + 1 < size && heap[l + 1] > heap[l] ? l + 1 : l;
        if (heap[i] >= heap[largest]) return;
        long t = heap[i];
        heap[i] = heap[largest];
        heap[largest] = t;
        i = largest;
      }
    }
  }

  /**
   * One retrieval's scores: each document it touched gets the next local id, and its score sits at that
   * id in a dense array, so that finding the k-th score, the reachable entries and the best ones are
   * passes over arrays. Documents find their local id in an open-addressing table sized to the entries
   * touched (a few thousand: it stays in the core's cache, see {@code INITIAL_CAPACITY}), not in an
   * array over all entries: at 1M entries that array was 4 MB and each posting's add a cache miss
   * (docs/benchmarks.md, wave 7).
   * Cleared after each retrieval.
   */
  private static final class Accumulator {
    /**
     * 4,096 slots (16 KB of keys): a retrieval touches ≈ 1,700 entries on average at 1M, and the table
     * grows for those that touch more. Against 16,384 slots, retrieval took 7–17 % less time in four runs
     * of 150,000 retrievals (8,192: 4–12 % less; 2,048: 1–4 % less; 4,096 with keys and local ids in one
     * array: from 7 % less to 5 % more), the variants alternating retrieval by retrieval in one JVM
     * (docs/benchmarks.md, wave 15): the smaller table stays in the core's fastest cache.
     */
    private static final int INITIAL_CAPACITY = 1 << 12;
    /**
     * Clearing the table slot by slot costs about as much as filling 64 slots with zeros: a scattered
     * read and write against a sequential one. Filling only when there were more than 1/8 as many entries
     * as slots (before wave 13), clearing took 31.6 µs a retrieval at 1M entities (93 % slot by slot);
     * from 1/64 on, 12.9 µs (measured alternately in one JVM; docs/benchmarks.md, wave 13).
     */
    private static final long FILL_RATIO = 64;
    /** Document id + 1 per slot (0: empty), and the document's local id. */
    private int[] keys = new int[INITIAL_CAPACITY];
    private int[] locals = new int[INITIAL_CAPACITY];
    /**
     * The table in use is the first {@code mask + 1} slots of {@link #keys} and {@link #locals}; it grows into the
     * spare arrays and the two pairs swap, so that arrays are made only when a retrieval needs a larger table than
     * any before (up to {@link #KEPT_CAPACITY}): growing the table and giving it back made a fifth of a batch's
     * garbage. Every key past the table in use, in both pairs, is zero.
     */
    private int mask = INITIAL_CAPACITY - 1;
    private int[] spareKeys = new int[0];
    private int[] spareLocals = new int[0];
    /** Tables and lists larger than this are given back after their retrieval: a rare query of common words only. */
    private static final int KEPT_CAPACITY = 1 << 17;
    /** The entries at or above the k-th score, kept from one retrieval to the next (their arrays grew for namesakes). */
    private final Ties ties = new Ties(256);
    /** Document and score by local id. */
    int[] touched = new int[1024];
    float[] scores = new float[1024];
    int size;
    /** The highest score so far. */
    float max;
    /** What this thread's retrievals cost: postings walked, skipped to, looked up in bit sets, lists pruned. */
    long walked;
    long skippedTo;
    long bitTests;
    long blockTests;
    long pruned;
    long reached;
    long retrievals;

    /** Entries kept by a pass over the reachable ones ({@link #scratch}). */
    private int[] scratch = new int[1024];
    /** Scratch bits for {@link #reachable}, all clear between calls. */
    final long[] marks;

    Accumulator(int maxDoc) {
      marks = new long[(maxDoc >>> 6) + 1];
    }

    private int slot(int doc) {
      return (doc * 0x9E3779B9) >>> 7 & mask;
    }

    /** The document's local id, or -1 when it is not touched. */
    private int local(int doc) {
      int key = doc + 1;
      for (int i = slot(doc); ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key) return locals[i];
        if (k == 0) return -1;
      }
    }

    void addAll(int[] docs, float weight) {
      reserve(size + docs.length);
      float best = max;
      for (int doc : docs) {
        int local = localOrTouch(doc); // first: touching may replace the scores array
        float after = scores[local] += weight;
        if (after > best) best = after;
      }
      max = best;
    }

    private int localOrTouch(int doc) {
      int key = doc + 1;
      for (int i = slot(doc); ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key) return locals[i];
        if (k == 0) {
          keys[i] = key;
          locals[i] = size;
          if (size == touched.length) roomFor(size * 2);
          touched[size] = doc;
          scores[size] = 0f;
          if (2 * ++size > mask + 1) grow();
          return size - 1;
        }
      }
    }

    /**
     * Makes the table large enough for {@code entries} at most half filling it, in one step rather than doubling
     * it as they come: a list walked whole brings mostly entries not met before.
     */
    private void reserve(int entries) {
      if (2L * entries > mask + 1) grow(Integer.highestOneBit(2 * entries - 1) << 1);
      roomFor(entries);
    }

    /** Room in {@link #touched} and {@link #scores} for {@code entries} entries. */
    private void roomFor(int entries) {
      if (entries <= touched.length) return;
      touched = Arrays.copyOf(touched, entries);
      scores = Arrays.copyOf(scores, entries);
    }

    /** Doubles the table (a query of only common words touches many entries). */
    private void grow() {
      grow(2 * (mask + 1));
    }

    private void grow(int capacity) {
      if (spareKeys.length < capacity) {
        spareKeys = new int[capacity];
        spareLocals = new int[capacity];
      }
      int[] oldKeys = keys;
      int[] oldLocals = locals;
      keys = spareKeys;
      locals = spareLocals;
      Arrays.fill(oldKeys, 0, mask + 1, 0);
      spareKeys = oldKeys;
      spareLocals = oldLocals;
      mask = capacity - 1;
      for (int local = 0; local < size; local++) {
        int i = slot(touched[local]);
        while (keys[i] != 0) i = (i + 1) & mask;
        keys[i] = touched[local] + 1;
        locals[i] = local;
      }
    }

    /**
     * Adds {@code weight} to those of the {@code reachable} entries (local ids) that are in {@code docs}: the
     * entries marked in a bit set, the list walked asking the bits, and only an entry found looked up in the
     * table. Asking the table for every posting (most of them entries it does not hold, each a walk to an
     * empty slot and a branch the processor cannot foresee) was a tenth of a match (docs/benchmarks.md, wave 20).
     */
    void addToReachable(int[] reachable, int[] docs, float weight) {
      long[] bits = marks;
      for (int local : reachable) {
        int doc = touched[local];
        bits[doc >>> 6] |= 1L << doc;
      }
      for (int doc : docs) {
        if ((bits[doc >>> 6] & 1L << doc) != 0) scores[local(doc)] += weight;
      }
      for (int local : reachable) bits[touched[local] >>> 6] = 0L;
    }

    /**
     * The touched entries that {@code left} more can still bring into the top {@code k}, as local ids;
     * null while {@code left} could still bring an untouched one there.
     */
    int[] reachable(int k, double left) {
      float kth = kth(null, size, k);
      if (left >= kth - SLACK) return null;
      int m = keep(null, size, kth, left);
      return Arrays.copyOf(scratch, m);
    }

    /**
     * A buffer of at least {@code n} ints for the entries kept by a pass, copied out at their count: a new
     * array the size of all entries touched, zeroed for each pass, was ≈ 10 % of a batch's allocation.
     */
    private int[] scratch(int n) {
      if (scratch.length < n) scratch = new int[Math.max(n, scratch.length * 2)];
      return scratch;
    }

    /**
     * The entries (local ids) in ascending document order, for skipping through a list; only then, since
     * the long lists have bit sets that take the entries in any order (sorting them for every pruned
     * retrieval: 245 instead of 220 µs a retrieval at 1M, docs/benchmarks.md, wave 13).
     */
    int[] inDocOrder(int[] locals) {
      // marked in a bit set and read back in document order when they are many for their range, else sorted
      int m = locals.length;
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int local : locals) {
        int doc = touched[local];
        marks[doc >>> 6] |= 1L << doc;
        lo = Math.min(lo, doc);
        hi = Math.max(hi, doc);
      }
      int[] docs = m < 64 || (long) m * 8 < (hi >>> 6) - (lo >>> 6) ? sortedMarked(m) : marked(m, lo, hi);
      for (int j = 0; j < m; j++) docs[j] = local(docs[j]);
      return docs;
    }

    /** The marked documents, ascending, read from the bit set (and their marks cleared). */
    private int[] marked(int m, int lo, int hi) {
      int[] out = new int[m];
      int j = 0;
      for (int w = lo >>> 6; j < m && w <= hi >>> 6; w++) {
        long bits = marks[w];
        marks[w] = 0L;
        while (bits != 0) {
          out[j++] = (w << 6) + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
        }
      }
      return out;
    }

    /** The marked documents, sorted (and their marks cleared). */
    private int[] sortedMarked(int m) {
      int[] out = new int[m];
      int j = 0;
      for (int local = 0; local < size && j < m; local++) {
        int doc = touched[local];
        long bit = 1L << doc;
        if ((marks[doc >>> 6] & bit) != 0) {
          marks[doc >>> 6] &= ~bit;
          out[j++] = doc;
        }
      }
      Arrays.sort(out);
      return out;
    }

    /** Those of {@code reachable} (local ids) still able to make the top {@code k} with {@code left} more to come. */
    int[] stillReachable(int[] reachable, int k, double left) {
      if (reachable.length <= k) return reachable;
      float kth = kth(reachable, reachable.length, k);
      int m = keep(reachable, reachable.length, kth, left);
      return m == reachable.length ? reachable : Arrays.copyOf(scratch, m);
    }

    /**
     * Puts those of the first {@code n} of {@code locals} (of the first {@code n} local ids when null) that
     * {@code left} more can bring to {@code kth} at the front of {@link #scratch}, and says how many.
     */
    private int keep(int[] locals, int n, float kth, double left) {
      int[] out = scratch(n);
      int m = 0;
      for (int i = 0; i < n; i++) {
        int local = locals == null ? i : locals[i];
        if (scores[local] + left >= kth - SLACK) out[m++] = local;
      }
      return m;
    }

    /**
     * The {@code k}-th highest score of the first {@code n} of {@code locals} (of the first {@code n}
     * local ids when null), or minus infinity when there are fewer.
     */
    private float kth(int[] locals, int n, int k) {
      if (n < k || k == 0) return Float.NEGATIVE_INFINITY;
      if (heap.length != k) heap = new float[k];
      // the first k entries (touched first, by the rarest lists: mostly high scores), none below the k-th score so far
      for (int i = 0; i < k; i++) heap[i] = Math.max(kthSoFar, scores[locals == null ? i : locals[i]]);
      for (int i = k / 2 - 1; i >= 0; i--) siftDown(heap, i);
      for (int i = k; i < n; i++) {
        float v = scores[locals == null ? i : locals[i]];
        if (v > heap[0]) {
          heap[0] = v;
          siftDown(heap, 0);
        }
      }
      kthSoFar = heap[0];
      return heap[0];
    }

    /**
     * The highest k-th score found so far in this retrieval. Scores only grow and the entries that make the best
     * k are always among those asked again, so the k-th score never falls: raising the heap's first entries to
     * it leaves the k-th score unchanged and keeps out of the heap the entries that cannot change it.
     */
    private float kthSoFar = Float.NEGATIVE_INFINITY;
    private float[] heap = new float[0];

    private static void siftDown(float[] heap, int i) {
      int n = heap.length;
      while (true) {
        int l = 2 * i + 1;
        if (l >= n) return;
        int least = l + 1 < n && heap[l + 1] < heap[l] ? l + 1 : l;
        if (heap[i] <= heap[least]) return;
        float t = heap[i];
        heap[i] = heap[least];
        heap[least] = t;
        i = least;
      }
    }

    /**
     * The best {@code k} of the first {@code n} of {@code locals} (of all touched when null), best first:
     * highest score, then lowest tie rank, then lowest id. Only those scoring at least the k-th score are
     * ranked in full.
     */
    Ranked top(int[] locals, int n, int k, IntUnaryOperator tieRank) {
      float kth = kth(locals, n, k);
      ties.clear(KEPT_CAPACITY);
      for (int i = 0; i < n; i++) {
        int local = locals == null ? i : locals[i];
        if (scores[local] >= kth) ties.add(touched[local], scores[local]);
      }
      ties.rank(tieRank);
      return ties.best(k, kth);
    }

    void clear() {
      reached += size;
      retrievals++;
      if (keys.length > KEPT_CAPACITY || spareKeys.length > KEPT_CAPACITY) {
        keys = new int[INITIAL_CAPACITY];
        locals = new int[INITIAL_CAPACITY];
        spareKeys = new int[0];
        spareLocals = new int[0];
        touched = new int[1024];
        scores = new float[1024];
        scratch = new int[1024];
      } else if (size * FILL_RATIO > mask + 1) {
        Arrays.fill(keys, 0, mask + 1, 0);
      } else {
        for (int i = 0; i < size; i++) {
          int at = slot(touched[i]);
          while (keys[at] != 0) {
            keys[at] = 0;
            at = (at + 1) & mask;
          }
        }
      }
      mask = INITIAL_CAPACITY - 1;
      size = 0;
      max = 0f;
      kthSoFar = Float.NEGATIVE_INFINITY;
    }
  }
}
