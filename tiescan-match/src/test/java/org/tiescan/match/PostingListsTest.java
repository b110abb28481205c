package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class PostingListsTest {
  /**
   * Lists spread over several segments come back as one ascending list of global document ids; a gram
   * in more entries than {@link PostingLists#gramCap} is not kept, judged across segments (each
   * segment alone holds fewer than the cap).
   */
  @Test
  void listsJoinSegmentsAndDropGramsTooCommonToAskFor() throws IOException {
    int entries = 3000;
    List<Integer> hikvision = new ArrayList<>();
    List<Integer> dahua = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int doc = 0; doc < entries; doc++) {
          Document d = new Document();
          boolean isHikvision = doc % 7 == 3;
          (isHikvision ? hikvision : dahua).add(doc);
          d.add(new StringField(IndexFields.TOKEN, isHikvision ? "hikvision" : "dahua", Field.Store.NO));
          // "^co" is in every entry (too common), "vis" only in the Hikvision ones
          d.add(new StringField(IndexFields.GRAM, "^co", Field.Store.NO));
          if (isHikvision) d.add(new StringField(IndexFields.GRAM, "vis", Field.Store.NO));
          writer.addDocument(d);
          if (doc % 1000 == 999) writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        PostingLists lists = PostingLists.read(reader);
        assertThat(lists.docs(IndexFields.TOKEN, "hikvision")).containsExactly(ints(hikvision));
        assertThat(lists.docs(IndexFields.TOKEN, "dahua")).containsExactly(ints(dahua));
        assertThat(lists.docs(IndexFields.GRAM, "vis")).containsExactly(ints(hikvision));
        assertThat(PostingLists.gramCap(entries)).isLessThan(entries);
        assertThat(lists.docs(IndexFields.GRAM, "^co")).as("in every entry, more than the cap").isNull();
        assertThat(lists.docFreq(IndexFields.GRAM, "^co")).isZero();
        assertThat(lists.docFreq(IndexFields.TOKEN, "huawei")).isZero();
        assertThat(lists.postings()).isEqualTo(entries + hikvision.size());
        assertBitSetHolds(lists, lists.docs(IndexFields.TOKEN, "dahua"), entries);
        assertBitSetHolds(lists, lists.docs(IndexFields.GRAM, "vis"), entries);
      }
    }
  }

  /**
   * Terms that only some segments have, in any mix, come back with exactly their documents, and a gram is
   * kept by its frequency across all segments (the segments' terms are read side by side).
   */
  @Test
  void termsInSomeSegmentsOnlyComeBackWhole() throws IOException {
    Random random = new Random(5);
    int entries = 4000;
    long cap = PostingLists.gramCap(entries);
    String[] terms = new String[60];
    for (int t = 0; t < terms.length; t++) terms[t] = "t" + (char) ('a' + t % 26) + t;
    java.util.Map<String, List<Integer>> expected = new java.util.TreeMap<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int doc = 0; doc < entries; doc++) {
          if (doc % 500 == 0) writer.commit();
          int segment = doc / 500;
          Document d = new Document();
          for (int t = 0; t < terms.length; t++) {
            // a term is in a segment with a chance of its own, and then in a share of its documents
            boolean inSegment = new Random(t * 31L + segment).nextInt(3) > 0;
            double share = t < 3 ? 0.9 : 0.02 + (t % 10) / 40.0;
            if (inSegment && random.nextDouble() < share) {
              d.add(new StringField(t % 2 == 0 ? IndexFields.GRAM : IndexFields.TOKEN, terms[t], Field.Store.NO));
              expected.computeIfAbsent(terms[t], k -> new ArrayList<>()).add(doc);
            }
          }
          d.add(new StringField(IndexFields.TOKEN, "all", Field.Store.NO));
          writer.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(5);
        PostingLists lists = PostingLists.read(reader);
        int gramsDropped = 0;
        for (int t = 0; t < terms.length; t++) {
          List<Integer> docs = expected.getOrDefault(terms[t], List.of());
          String field = t % 2 == 0 ? IndexFields.GRAM : IndexFields.TOKEN;
          if (field.equals(IndexFields.GRAM) && docs.size() > cap) {
            assertThat(lists.docs(field, terms[t])).as(terms[t]).isNull();
            gramsDropped++;
          } else if (docs.isEmpty()) {
            assertThat(lists.docs(field, terms[t])).as(terms[t]).isNull();
          } else {
            assertThat(lists.docs(field, terms[t])).as(terms[t]).containsExactly(ints(docs));
          }
        }
        assertThat(gramsDropped).as("grams too common, dropped").isPositive();
        assertThat(lists.docs(IndexFields.TOKEN, "all")).hasSize(entries);
      }
    }
  }

  /**
   * A list of at least {@link PostingLists#bitsFrom} entries has a bit set with exactly its documents;
   * a shorter one has none.
   */
  @Test
  void longListsAlsoComeAsBitSetsOfTheirDocuments() throws IOException {
    int entries = 2000;
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int doc = 0; doc < entries; doc++) {
          Document d = new Document();
          d.add(new StringField(IndexFields.TOKEN, doc % 3 == 0 ? "hikvision" : "dahua", Field.Store.NO));
          if (doc % 50 == 7) d.add(new StringField(IndexFields.TOKEN, "zte", Field.Store.NO));
          writer.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        PostingLists lists = PostingLists.read(reader);
        int[] zte = lists.docs(IndexFields.TOKEN, "zte");
        assertThat(zte.length).isLessThan(PostingLists.bitsFrom(entries));
        assertThat(lists.bits(zte)).as("a short list").isNull();
        assertBitSetHolds(lists, lists.docs(IndexFields.TOKEN, "hikvision"), entries);
        assertBitSetHolds(lists, lists.docs(IndexFields.TOKEN, "dahua"), entries);
        assertThat(lists.bitSetBytes()).isEqualTo(2L * Long.BYTES * ((entries >>> 6) + 1));
      }
    }
  }

  /**
   * A list of middle length (from {@link PostingLists#BLOCKS_FROM} to below {@link PostingLists#bitsFrom})
   * gets a block index that says for every document whether the list has it; a shorter list and one with a
   * bit set get none.
   */
  @Test
  void middleListsAnswerThroughTheirBlockIndex() throws IOException {
    int maxDoc = 100_000;
    int bitsFrom = PostingLists.bitsFrom(maxDoc);
    int[] lengths = {40, PostingLists.BLOCKS_FROM, (PostingLists.BLOCKS_FROM + bitsFrom) / 2, bitsFrom - 1, bitsFrom};
    try (ByteBuffersDirectory dir = RandomLists.index(maxDoc, lengths, new Random(5));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      PostingLists lists = PostingLists.read(reader);
      assertThat(lists.blocks(lists.docs(IndexFields.TOKEN, RandomLists.token(0)))).as("a short list").isNull();
      assertThat(lists.blocks(lists.docs(IndexFields.TOKEN, RandomLists.token(4)))).as("a list with a bit set").isNull();
      for (int list = 1; list <= 3; list++) {
        int[] docs = lists.docs(IndexFields.TOKEN, RandomLists.token(list));
        assertThat(docs).hasSize(lengths[list]);
        char[] blocks = lists.blocks(docs);
        assertThat(blocks).as("list of %d", docs.length).isNotNull();
        java.util.Set<Integer> in = new java.util.HashSet<>();
        for (int doc : docs) in.add(doc);
        List<Integer> wrong = new ArrayList<>();
        for (int doc = 0; doc < maxDoc; doc++) if (lists.contains(docs, blocks, doc) != in.contains(doc)) wrong.add(doc);
        assertThat(wrong).as("documents answered wrongly by the list of %d", docs.length).isEmpty();
      }
      int blocks = ((maxDoc - 1) >>> PostingLists.blockShift(maxDoc)) + 2;
      assertThat(lists.blockIndexBytes()).isEqualTo(3L * Character.BYTES * blocks);
    }
  }

  /** About a thousand blocks whatever the index's size, each of at least 64 documents. */
  @Test
  void blocksAreAboutAThousandOfAtLeast64Documents() {
    for (int maxDoc : new int[] {1, 1000, 65_536, 100_000, 1_000_000, 4_000_000, Integer.MAX_VALUE}) {
      int shift = PostingLists.blockShift(maxDoc);
      assertThat(shift).as("shift for %d", maxDoc).isGreaterThanOrEqualTo(6);
      assertThat((long) maxDoc >>> shift).as("blocks for %d", maxDoc).isLessThanOrEqualTo(1024);
      if (shift > 6) assertThat((long) maxDoc >>> shift).as("blocks for %d", maxDoc).isGreaterThanOrEqualTo(512);
    }
  }

  private static void assertBitSetHolds(PostingLists lists, int[] docs, int maxDoc) {
    assertThat(docs.length).isGreaterThanOrEqualTo(PostingLists.bitsFrom(maxDoc));
    long[] bits = lists.bits(docs);
    assertThat(bits).isNotNull();
    java.util.Set<Integer> in = new java.util.HashSet<>();
    for (int doc : docs) in.add(doc);
    for (int doc = 0; doc < maxDoc; doc++) {
      assertThat((bits[doc >>> 6] & 1L << doc) != 0).as("document %d", doc).isEqualTo(in.contains(doc));
    }
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Grams are found through their packed table ({@link GramTable}) as through the map of strings: the same
   * list for every gram kept, also for one whose first two chars are one supplementary character, and none
   * for a gram not in the index or of another length (asked of the map).
   */
  @Test
  void gramsComeFromTheirTableAsFromTheMap() throws IOException {
    List<String> names = List.of("^杭州海康威视数字技术股份有限公司$", "^hangzhouhikvision$", "^zhejiangdahua$", "^𠀀ab$");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int doc = 0; doc < 40; doc++) {
          Document d = new Document();
          String name = names.get(doc % names.size());
          for (int i = 0; i + IndexFields.GRAM_SIZE <= name.length(); i++) {
            d.add(new StringField(IndexFields.GRAM, name.substring(i, i + IndexFields.GRAM_SIZE), Field.Store.NO));
          }
          d.add(new StringField(IndexFields.GRAM, "𠀀a", Field.Store.NO));
          writer.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        PostingLists lists = PostingLists.read(reader);
        List<String> kept = new ArrayList<>();
        lists.forEach(IndexFields.GRAM, (gram, docs) -> {
          kept.add(gram);
          assertThat(lists.docs(IndexFields.GRAM, gram)).as(gram).isSameAs(docs);
        });
        assertThat(kept).contains("海康威", "ikv", "ua$", "𠀀a");
        assertThat(lists.docs(IndexFields.GRAM, "ahu")).hasSize(10);
        assertThat(lists.docs(IndexFields.GRAM, "xyz")).isNull();
        assertThat(lists.docs(IndexFields.GRAM, "海康")).isNull();
      }
    }
  }

  /** Galloping finds what a linear scan finds, from any starting point. */
  @Test
  void gallopFindsTheFirstDocumentAtOrAfterTheTarget() {
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      int[] docs = random.ints(random.nextInt(300), 0, 5000).distinct().sorted().toArray();
      int from = docs.length == 0 ? 0 : random.nextInt(docs.length + 1);
      int target = random.nextInt(5200);
      int expected = from;
      while (expected < docs.length && docs[expected] < target) expected++;
      assertThat(TermAtATimeRetriever.gallop(docs, from, target)).isEqualTo(expected);
    }
  }
}
