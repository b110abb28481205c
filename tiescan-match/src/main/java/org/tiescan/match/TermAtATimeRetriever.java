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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Candidate retrieval over the index's posting lists, a term at a time into one score array, with the
 * ranking a Lucene BooleanQuery of the same boosted term clauses gives (BM25 without length norms,
 * since every field omits them: boost × idf × a constant of the field), ties going to the entry with
 * fewest name tokens, then to the lowest document id.
 *
 * <p>Terms are walked shortest list first. Once the weight of the terms left cannot lift an entry the
 * query has not reached yet above the {@code k}-th best score so far, those terms only add to the
 * entries that can still make the top {@code k} ("MaxScore"): the long posting lists of common words
 * and syllables, which also weigh least, are then skipped through or only read for entries already
 * reached. The result is exactly that of walking every list.
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
  /** Below this many postings a list is walked whatever its weight: finding the k-th score costs more. */
  private static final int WORTH_PRUNING = 2048;
  /** Skipping to an entry costs about as much as walking this many postings. */
  private static final int WALK_RATIO = 16;
  /** Slack on the bound, for float sums taken in another order: pruning must never drop a tie. */
  private static final float SLACK = 1e-4f;

  private final List<LeafReaderContext> leaves;
  /** Distinct name tokens per document: the tie-break. */
  private final int[] tokenCounts;
  private final Map<String, FieldStats> fields = new HashMap<>();
  private final int maxDoc;
  /**
   * Score arrays not in use, taken for one retrieval and given back: as many exist as retrievals ever
   * ran at once (a server's hundreds of request threads would each keep one if they were per thread).
   */
  private final ConcurrentLinkedDeque<Accumulator> idle = new ConcurrentLinkedDeque<>();
  /** Every accumulator, for {@link #cost} (counters shared between threads cost 7 % of a batch). */
  private final List<Accumulator> all = new CopyOnWriteArrayList<>();

  TermAtATimeRetriever(IndexReader reader) throws IOException {
    this.leaves = reader.leaves();
    this.tokenCounts = tokenCounts(reader);
    for (String field : List.of(IndexFields.TOKEN, IndexFields.GRAM, IndexFields.IDENTIFIER)) {
      fields.put(field, FieldStats.of(reader, field));
    }
    this.maxDoc = reader.maxDoc();
  }

  private static int[] tokenCounts(IndexReader reader) throws IOException {
    int[] counts = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.TOKEN_COUNT);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        counts[leaf.docBase + doc] = (int) values.longValue();
      }
    }
    return counts;
  }

  /** The best {@code k} documents for the clauses (each scored on its own and summed), best first. */
  int[] top(List<Clause> clauses, int k) throws IOException {
    return top(clauses, k, WORTH_PRUNING);
  }

  /** {@link #top(List, int)}, pruning only lists of at least {@code worthPruning} postings (for tests). */
  int[] top(List<Clause> clauses, int k, int worthPruning) throws IOException {
    List<WeightedTerm> terms = weigh(clauses);
    double[] left = weightLeft(terms);
    Accumulator acc = take();
    try {
      int[] reachable = null;
      for (int i = 0; i < terms.size(); i++) {
        WeightedTerm t = terms.get(i);
        // finding the k-th score costs a pass over the touched entries: worth it before a long list only
        if (reachable == null && acc.size >= k && t.docFreq >= worthPruning && t.docFreq * 4L >= acc.size
            && left[i] < acc.max) {
          reachable = acc.reachable(k, left[i]);
        }
        if (reachable == null) {
          walk(t, acc);
        } else {
          addTo(reachable, t, acc);
          reachable = acc.stillReachable(reachable, k, left[i + 1]);
        }
      }
      return reachable == null ? acc.top(acc.touched, acc.size, k, tokenCounts)
          : acc.top(reachable, reachable.length, k, tokenCounts);
    } finally {
      acc.clear();
      idle.push(acc);
    }
  }

  private Accumulator take() {
    Accumulator acc = idle.poll();
    if (acc != null) return acc;
    acc = new Accumulator(maxDoc);
    all.add(acc);
    return acc;
  }

  /** Postings walked and postings skipped to since the retriever opened: what retrieval costs, for benchmarks. */
  String cost() {
    long walked = 0;
    long skippedTo = 0;
    long pruned = 0;
    long reached = 0;
    long retrievals = 0;
    for (Accumulator a : all) {
      reached += a.reached;
      retrievals += a.retrievals;
      walked += a.walked;
      skippedTo += a.skippedTo;
      pruned += a.pruned;
    }
    return retrievals + " retrievals: " + walked + " postings walked, " + skippedTo + " skipped to, " + pruned
        + " lists added to the reachable entries only, " + reached + " entries reached";
  }

  /** A term with its weight and its posting list in each segment that has it. */
  private record WeightedTerm(float weight, int docFreq, List<PostingsEnum> postings, int[] bases) {}

  private List<WeightedTerm> weigh(List<Clause> clauses) throws IOException {
    List<WeightedTerm> out = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      FieldStats stats = fields.get(c.term().field());
      if (stats == null) continue;
      List<PostingsEnum> postings = new ArrayList<>(leaves.size());
      int[] bases = new int[leaves.size()];
      int df = 0;
      for (LeafReaderContext leaf : leaves) {
        Terms terms = leaf.reader().terms(c.term().field());
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        if (!te.seekExact(c.term().bytes())) continue;
        df += te.docFreq();
        bases[postings.size()] = leaf.docBase;
        postings.add(te.postings(null, PostingsEnum.NONE));
      }
      if (df == 0) continue;
      float weight = c.boost() * stats.idf(c.docFreq() >= 0 ? c.docFreq() : df) * stats.tfNorm;
      if (weight > 0f) out.add(new WeightedTerm(weight, df, postings, bases));
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

  private void walk(WeightedTerm t, Accumulator acc) throws IOException {
    for (int p = 0; p < t.postings.size(); p++) acc.addAll(t.postings.get(p), t.bases[p], t.weight);
    acc.walked += t.docFreq;
  }

  /**
   * Adds the term's weight to those of {@code docs} (ascending) that have it: skipping through its
   * lists to each, or, when the lists are not much longer than {@code docs}, walking them and adding
   * to every entry already touched (the touched ones outside {@code docs} are never read again).
   */
  private void addTo(int[] docs, WeightedTerm t, Accumulator acc) throws IOException {
    acc.pruned++;
    if (t.docFreq <= (long) docs.length * WALK_RATIO) {
      for (int p = 0; p < t.postings.size(); p++) acc.addToTouched(t.postings.get(p), t.bases[p], t.weight);
      acc.walked += t.docFreq;
      return;
    }
    int i = 0;
    for (int p = 0; p < t.postings.size() && i < docs.length; p++) {
      PostingsEnum pe = t.postings.get(p);
      int base = t.bases[p];
      int end = p + 1 < t.postings.size() ? t.bases[p + 1] : Integer.MAX_VALUE;
      while (i < docs.length && docs[i] < base) i++;
      int d = -1;
      for (; i < docs.length && docs[i] < end; i++) {
        int target = docs[i] - base;
        if (d < target) d = pe.advance(target);
        if (d == DocIdSetIterator.NO_MORE_DOCS) break;
        if (d == target) acc.scores[docs[i]] += t.weight;
      }
    }
    acc.skippedTo += docs.length;
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

  /** One retrieval's scores by document id, and the documents it touched (cleared after each). */
  private static final class Accumulator {
    final float[] scores;
    int[] touched = new int[1024];
    int size;
    /** The highest score so far. */
    float max;
    /** What this thread's retrievals cost: postings walked, skipped to, lists pruned. */
    long walked;
    long skippedTo;
    long pruned;
    long reached;
    long retrievals;

    /** Scratch bits for {@link #filter}, all clear between calls. */
    final long[] marks;

    Accumulator(int maxDoc) {
      scores = new float[maxDoc];
      marks = new long[(maxDoc >>> 6) + 1];
    }

    void addAll(PostingsEnum postings, int base, float weight) throws IOException {
      float[] s = scores;
      float best = max;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        int doc = base + d;
        float before = s[doc];
        if (before == 0f) {
          if (size == touched.length) touched = Arrays.copyOf(touched, size * 2);
          touched[size++] = doc;
        }
        float after = before + weight;
        s[doc] = after;
        if (after > best) best = after;
      }
      max = best;
    }

    void addToTouched(PostingsEnum postings, int base, float weight) throws IOException {
      float[] s = scores;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (s[base + d] != 0f) s[base + d] += weight;
      }
    }

    /**
     * The touched documents that {@code left} more can still bring into the top {@code k}, ascending;
     * null while {@code left} could still bring an untouched one there.
     */
    int[] reachable(int k, double left) {
      float kth = kth(touched, size, k);
      return left < kth - SLACK ? filter(touched, size, kth, left) : null;
    }

    /** Those of {@code docs} still able to make the top {@code k} with {@code left} more to come. */
    int[] stillReachable(int[] docs, int k, double left) {
      if (docs.length <= k) return docs;
      return filter(docs, docs.length, kth(docs, docs.length, k), left);
    }

    /**
     * Those of {@code docs[0..n)} that {@code left} more can lift to {@code kth}, ascending: marked in a
     * bit set and read back in order, cheaper than sorting them.
     */
    private int[] filter(int[] docs, int n, float kth, double left) {
      int m = 0;
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int i = 0; i < n; i++) {
        int doc = docs[i];
        if (scores[doc] + left >= kth - SLACK) {
          marks[doc >>> 6] |= 1L << doc;
          m++;
          lo = Math.min(lo, doc);
          hi = Math.max(hi, doc);
        }
      }
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

    /** The {@code k}-th highest score of {@code docs[0..n)}, or minus infinity when there are fewer. */
    private float kth(int[] docs, int n, int k) {
      if (n < k || k == 0) return Float.NEGATIVE_INFINITY;
      float[] heap = new float[k];
      for (int i = 0; i < k; i++) heap[i] = scores[docs[i]];
      for (int i = k / 2 - 1; i >= 0; i--) siftDown(heap, i);
      for (int i = k; i < n; i++) {
        float v = scores[docs[i]];
        if (v > heap[0]) {
          heap[0] = v;
          siftDown(heap, 0);
        }
      }
      return heap[0];
    }

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
     * The best {@code k} of {@code docs[0..n)}, best first: highest score, then fewest tokens, then
     * lowest id. Only those scoring at least the k-th score are ranked in full.
     */
    int[] top(int[] docs, int n, int k, int[] tokenCounts) {
      float kth = kth(docs, n, k);
      int[] ties = new int[Math.min(n, 2 * k)];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (scores[docs[i]] >= kth) {
          if (m == ties.length) ties = Arrays.copyOf(ties, m * 2);
          ties[m++] = docs[i];
        }
      }
      return rank(ties, m, k, tokenCounts);
    }

    private int[] rank(int[] docs, int n, int k, int[] tokenCounts) {
      int m = Math.min(k, n);
      int[] heap = new int[m];
      for (int i = 0; i < n; i++) {
        int doc = docs[i];
        if (i < m) {
          heap[i] = doc;
          if (i == m - 1) buildHeap(heap, tokenCounts);
        } else if (better(doc, heap[0], tokenCounts)) {
          heap[0] = doc;
          siftDown(heap, 0, m, tokenCounts);
        }
      }
      // the heap's root is its worst: take roots off from the end
      int[] out = new int[m];
      for (int end = m - 1; end >= 0; end--) {
        out[end] = heap[0];
        heap[0] = heap[end];
        siftDown(heap, 0, end, tokenCounts);
      }
      return out;
    }

    private boolean better(int a, int b, int[] tokenCounts) {
      if (scores[a] != scores[b]) return scores[a] > scores[b];
      if (tokenCounts[a] != tokenCounts[b]) return tokenCounts[a] < tokenCounts[b];
      return a < b;
    }

    private void buildHeap(int[] heap, int[] tokenCounts) {
      for (int i = heap.length / 2 - 1; i >= 0; i--) siftDown(heap, i, heap.length, tokenCounts);
    }

    /** A heap ordered by {@link #better}: the worst document at the root. */
    private void siftDown(int[] heap, int i, int n, int[] tokenCounts) {
      while (true) {
        int l = 2 * i + 1;
        if (l >= n) return;
        int worst = l;
        if (l + 1 < n && better(heap[worst], heap[l + 1], tokenCounts)) worst = l + 1;
        if (!better(heap[i], heap[worst], tokenCounts)) return;
        int t = heap[i];
        heap[i] = heap[worst];
        heap[worst] = t;
        i = worst;
      }
    }

    void clear() {
      reached += size;
      retrievals++;
      for (int i = 0; i < size; i++) scores[touched[i]] = 0f;
      size = 0;
      max = 0f;
    }
  }
}
