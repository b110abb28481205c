package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Retrieval's ranking of the entries at or above the k-th score (highest score, then lowest tie rank,
 * then lowest id) against a plain sort, on random entries with many ties, as namesakes give at 1M.
 */
class RetrievalTiesTest {
  private static final Random SEEDS = new Random(20261123);

  private record Entry(int doc, float score, int rank) {}

  private static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble((Entry e) -> -e.score())
      .thenComparingInt(Entry::rank).thenComparingInt(Entry::doc);

  @RepeatedTest(200)
  void ranksAsASortOfEveryEntryWould() {
    Random random = new Random(SEEDS.nextLong());
    int n = 1 + random.nextInt(random.nextBoolean() ? 60 : 2000);
    int k = 1 + random.nextInt(80);
    // few distinct scores and ranks: most entries tie on both, and only the id separates them
    int distinctScores = 1 + random.nextInt(6);
    List<Entry> entries = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) ids.add(i * 7 + random.nextInt(7));
    java.util.Collections.shuffle(ids, random);
    for (int i = 0; i < n; i++) {
      float score = 1f + random.nextInt(distinctScores) * 0.25f;
      int rank = (64 - random.nextInt(3)) << 24 | random.nextInt(4);
      entries.add(new Entry(ids.get(i), score, rank));
    }
    List<Entry> sorted = entries.stream().sorted(BEST_FIRST).toList();
    float kth = n < k ? Float.NEGATIVE_INFINITY : sorted.get(k - 1).score();
    TermAtATimeRetriever.Ties ties = new TermAtATimeRetriever.Ties(Math.min(n, 2 * k));
    for (Entry e : entries) if (e.score() >= kth) ties.add(e.doc(), e.score());
    ties.rank(doc -> entries.stream().filter(e -> e.doc() == doc).findFirst().orElseThrow().rank());

    TermAtATimeRetriever.Ranked ranked = ties.best(k, kth);

    List<Entry> expected = sorted.subList(0, Math.min(k, n));
    assertThat(ranked.docs()).containsExactly(expected.stream().mapToInt(Entry::doc).toArray());
    for (int i = 0; i < expected.size(); i++) assertThat(ranked.scores()[i]).isEqualTo(expected.get(i).score());
  }

  @Test
  void theSmallestComeFirstInOrder() {
    long[] values = {9, 3, 7, 3, 1, 8, 2, 6};
    TermAtATimeRetriever.Ties.smallestFirst(values, values.length, 3);
    assertThat(values).startsWith(1, 2, 3);
  }
}
