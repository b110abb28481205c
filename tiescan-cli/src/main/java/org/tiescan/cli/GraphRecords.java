package org.tiescan.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tiescan.graph.ListRelations;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.model.Entity;
import org.tiescan.store.RecordCache;

/**
 * The list records the ownership graph holds as nodes ({@link ListRelations#addLinked}), kept in the data
 * directory between runs: picking them reads every record of the lists twice, a few seconds at a million.
 * Their key is the current list versions and the records the builder's curated links cite (those pick
 * records too). The cache only saves time: a set that cannot be read is dropped and picked again, and one
 * that cannot be written is not kept, each said once on stderr; the graph comes out the same.
 */
final class GraphRecords {
  private final RecordCache cache;
  private final String key;
  private RecordCache.Writer writer;
  private IOException failed;

  private final String cited;

  GraphRecords(RecordCache cache, OwnershipGraph.Builder builder) {
    this.cache = cache;
    this.cited = String.join("\n", new TreeSet<>(builder.recordsReferenced()));
    this.key = cache.key(cited);
  }

  /** The records kept for these lists, in order; null when none are (or they could not be read). */
  List<Entity> read() {
    List<Entity> records = new ArrayList<>();
    try {
      return cache.read(key, records::add) ? records : null;
    } catch (IOException e) {
      warn("cannot read the graph's kept records, picking them again", e);
      try {
        cache.forget(key);
      } catch (IOException ignored) {
        // the new set replaces it
      }
      return null;
    }
  }

  /** Keeps a record (the first failure stops the writing; nothing is kept then). */
  void add(Entity e) {
    if (failed != null) return;
    try {
      if (writer == null) writer = cache.writer(key);
      writer.add(e);
    } catch (IOException ex) {
      failed = ex;
    }
  }

  /**
   * Keeps the records added as this key's set (an empty set too: there is nothing to pick then), unless an
   * import made other versions current while they were picked (they may be of either).
   */
  void commit() {
    try {
      if (failed == null && cache.key(cited).equals(key)) {
        if (writer == null) writer = cache.writer(key);
        writer.commit();
      }
    } catch (IOException e) {
      failed = e;
    }
    abandon();
    if (failed != null) warn("cannot keep the graph's records for the next run", failed);
  }

  /** Drops what was written, when the records could not all be read. */
  void abandon() {
    if (writer == null) return;
    try {
      writer.close();
    } catch (IOException e) {
      if (failed == null) failed = e;
    }
    writer = null;
  }

  private void warn(String what, IOException e) {
    System.err.println("tiescan: " + what + " (" + cache.file(key) + "): " + e.getMessage());
  }
}
