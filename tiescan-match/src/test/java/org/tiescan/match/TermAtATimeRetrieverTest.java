package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TermAtATimeRetrieverTest {
  /**
   * Pruning gives exactly the entries of walking every list also where lists of middle length answer
   * through their block indexes, which the index of the lists in the tests' resources is too small to
   * have: random queries over 100,000 documents with short, middle-length and long lists.
   */
  @Test
  void pruningThroughBlockIndexesGivesTheEntriesOfWalkingEveryList() throws IOException {
    int maxDoc = 100_000;
    Random random = new Random(17);
    int bitsFrom = PostingLists.bitsFrom(maxDoc);
    int[] lengths = new int[80];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = switch (i % 4) {
        case 0 -> 5 + random.nextInt(60);
        case 1 -> 60 + random.nextInt(PostingLists.BLOCKS_FROM - 60);
        case 2 -> PostingLists.BLOCKS_FROM + random.nextInt(bitsFrom - PostingLists.BLOCKS_FROM);
        default -> bitsFrom + random.nextInt(20_000);
      };
    }
    try (ByteBuffersDirectory dir = RandomLists.index(maxDoc, lengths, random);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      TermAtATimeRetriever retriever = new TermAtATimeRetriever(reader, PostingLists.read(reader));
      int full = 0;
      for (int q = 0; q < 2000; q++) {
        List<TermAtATimeRetriever.Clause> clauses = query(random, lengths.length);
        int[] walked = retriever.top(clauses, 50, 25, 0L, new long[0], Integer.MAX_VALUE);
        int[] pruned = retriever.top(clauses, 50, 25, 0L, new long[0], 0);
        assertThat(pruned).as("query %d: %s", q, clauses).containsExactly(walked);
        if (walked.length == 25) full++;
      }
      assertThat(full).as("queries with a full candidate list").isGreaterThan(1000);
      assertThat(count(retriever.cost(), "in block indexes")).as(retriever.cost()).isGreaterThan(1000);
    }
  }

  /** Two to eight distinct tokens of the index, with boosts from 0.2 to 1.5. */
  private static List<TermAtATimeRetriever.Clause> query(Random random, int lists) {
    List<TermAtATimeRetriever.Clause> clauses = new ArrayList<>();
    for (int list : random.ints(0, lists).distinct().limit(2 + random.nextInt(7)).toArray()) {
      clauses.add(new TermAtATimeRetriever.Clause(new Term(IndexFields.TOKEN, RandomLists.token(list)),
          0.2f + 1.3f * random.nextFloat()));
    }
    return clauses;
  }

  private static long count(String cost, String what) {
    Matcher m = Pattern.compile("(\\d+) " + what).matcher(cost);
    assertThat(m.find()).as(cost).isTrue();
    return Long.parseLong(m.group(1));
  }
}
