package org.tiescan.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An index of {@code maxDoc} documents whose name-token lists have the given lengths, each over random
 * documents: large enough for lists of every kind {@link PostingLists} keeps (short, with a block index,
 * with a bit set), which the real lists in the tests' resources are too few for.
 */
final class RandomLists {
  /** The token of list i is "t" + i. */
  static String token(int list) {
    return "t" + list;
  }

  static ByteBuffersDirectory index(int maxDoc, int[] lengths, Random random) throws IOException {
    List<List<String>> tokensOf = new ArrayList<>();
    for (int doc = 0; doc < maxDoc; doc++) tokensOf.add(new ArrayList<>());
    for (int list = 0; list < lengths.length; list++) {
      for (int doc : random.ints(0, maxDoc).distinct().limit(lengths[list]).toArray()) tokensOf.get(doc).add(token(list));
    }
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      for (List<String> tokens : tokensOf) {
        Document d = new Document();
        for (String t : tokens) d.add(new StringField(IndexFields.TOKEN, t, Field.Store.NO));
        writer.addDocument(d);
      }
    }
    return dir;
  }

  private RandomLists() {}
}
