package org.tiescan.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;

/**
 * Turns links stated inside list records into name links of an {@link OwnershipGraph.Builder}:
 * DoD 1260H "Parent Name" ({@code parent}), OFAC remarks "Linked To:" ({@code linkedTo}) and FCC
 * Covered List subsidiary names ({@code subsidiary}). The provenance of each link is the record's
 * own designation (list, citation, record id, address).
 */
public final class ListRelations {
  /** Property holding OFAC's "Linked To:" names, as the OFAC readers store them. */
  public static final String LINKED_TO = "linkedTo";
  /** Property holding subsidiary names a list states for an entry (FCC Covered List). */
  public static final String SUBSIDIARY = "subsidiary";

  private ListRelations() {}

  /** Adds every list record as a node and every link it states as a name link. */
  public static void addTo(OwnershipGraph.Builder graph, Iterable<Entity> records) {
    for (Entity e : records) {
      graph.entity(e);
      addLinks(graph, e);
    }
  }

  private static void addLinks(OwnershipGraph.Builder graph, Entity e) {
    Provenance src = provenance(e);
    for (String parent : e.values(Prop.PARENT)) graph.nameLink(e.id(), parent, RelationType.SUBSIDIARY, true, src);
    for (String linked : e.values(LINKED_TO)) graph.nameLink(e.id(), linked, RelationType.LINKED_TO, true, src);
    for (String sub : e.values(SUBSIDIARY)) graph.nameLink(e.id(), sub, RelationType.SUBSIDIARY, false, src);
  }

  /** Names stated as the other end of a link in a record. */
  private static List<String> linkedNames(Entity e) {
    List<String> out = new ArrayList<>(e.values(Prop.PARENT));
    out.addAll(e.values(LINKED_TO));
    out.addAll(e.values(SUBSIDIARY));
    return out;
  }

  /** Streams every list record to a consumer, once per call (a cursor over a store, a file read again). */
  @FunctionalInterface
  public interface Records {
    void forEach(Consumer<Entity> each);
  }

  /**
   * Adds the list records that take part in links, as {@link #addTo} adds them all, in two passes over the
   * records (the first finds what the second needs): those that state a link, that a link names (by {@link
   * NameKey}), that cite another record or are cited by one or by the builder's entities, that its links
   * end at ({@link OwnershipGraph.Builder#recordsReferenced}), or that share their id with another record
   * (the graph folds and merges those). Every other record has no link, so no exposure: held as nodes,
   * the million records of an OpenSanctions-sized list filled a 2 GB heap and ended a screening in an
   * out-of-memory error. The graph gives them through {@link OwnershipGraph.Builder#unlinked} instead,
   * from where the caller keeps them.
   */
  public static void addLinked(OwnershipGraph.Builder graph, Records records) {
    addLinked(graph, records, e -> {});
  }

  /**
   * {@link #addLinked(OwnershipGraph.Builder, Records)}, handing each record added to {@code added} as
   * well, in order. Those records are a list of their own that gives the same graph from the same builder:
   * whatever made one of them a node (a link it states or is named by, a record it cites or is cited by, an
   * id it shares) is among them too. A caller keeps them to build the graph again without the whole list.
   */
  public static void addLinked(OwnershipGraph.Builder graph, Records records, Consumer<Entity> added) {
    Set<String> named = new HashSet<>();
    IdHashes kept = keptIds(graph, records, named);
    // the second pass adds in the records' order, as addTo does: merges and links come out the same
    records.forEach(e -> {
      if (!linkedNames(e).isEmpty() || kept.contains(IdHashes.hash(e.id()))
          || e.names().stream().anyMatch(n -> named.contains(NameKey.of(n)))) {
        graph.entity(e);
        addLinks(graph, e);
        added.accept(e);
      }
    });
  }

  /**
   * The first pass: the ids of the records to keep whatever they state (sorted, for {@link IdHashes#contains}),
   * and into {@code named} the keys of the names that links state.
   */
  private static IdHashes keptIds(OwnershipGraph.Builder graph, Records records, Set<String> named) {
    IdHashes ids = new IdHashes();
    IdHashes citing = new IdHashes();
    IdHashes cited = new IdHashes();
    records.forEach(e -> {
      ids.add(e.id());
      linkedNames(e).forEach(n -> named.add(NameKey.of(n)));
      for (String record : OwnershipGraph.Builder.recordsCitedBy(e)) {
        citing.add(e.id());
        cited.add(record);
      }
    });
    IdHashes kept = ids.repeated();
    ids.sort();
    for (int i = 0; i < cited.size(); i++) {
      // a record citing one that is not among the records folds nothing
      if (ids.contains(cited.get(i))) {
        kept.add(cited.get(i));
        kept.add(citing.get(i));
      }
    }
    graph.recordsReferenced().forEach(kept::add);
    kept.sort();
    return kept;
  }

  /** The record's first designation as a source, or its dataset when it carries none. */
  static Provenance provenance(Entity e) {
    List<Designation> ds = e.designations();
    String sourceId = e.sourceIds().isEmpty() ? e.id() : e.sourceIds().get(0);
    if (ds.isEmpty()) {
      String dataset = e.datasets().isEmpty() ? "list" : e.datasets().get(0);
      return new Provenance(Provenance.LIST, dataset, dataset, null, e.lastSeen(), e.first(Prop.SOURCE_URL),
          sourceId, null);
    }
    Designation d = ds.get(0);
    String citation = d.citations().isEmpty() ? null : String.join("; ", d.citations());
    String list = d.list() != null ? d.list() : d.dataset();
    return new Provenance(Provenance.LIST, d.dataset(), list, d.authority(), d.startDate(), d.sourceUrl(),
        d.sourceId() != null ? d.sourceId() : sourceId, citation);
  }

  /**
   * 64-bit hashes of ids, 8 bytes each: the ids a million records need kept are found without holding the
   * ids. Two ids of one hash only make a record a node that need not be one.
   */
  private static final class IdHashes {
    private long[] hashes = new long[1024];
    private int n;

    static long hash(String id) {
      long h = 1125899906842597L;
      for (int i = 0; i < id.length(); i++) h = 31 * h + id.charAt(i);
      return h ^ (h >>> 29) * 0x9E3779B97F4A7C15L;
    }

    void add(String id) {
      add(hash(id));
    }

    void add(long hash) {
      if (n == hashes.length) hashes = Arrays.copyOf(hashes, n * 2);
      hashes[n++] = hash;
    }

    int size() {
      return n;
    }

    long get(int i) {
      return hashes[i];
    }

    /** Sorts the hashes, for {@link #contains}. */
    void sort() {
      Arrays.sort(hashes, 0, n);
    }

    /** Whether the (sorted) hashes hold {@code hash}. */
    boolean contains(long hash) {
      return Arrays.binarySearch(hashes, 0, n, hash) >= 0;
    }

    /** The hashes seen more than once. */
    IdHashes repeated() {
      long[] sorted = Arrays.copyOf(hashes, n);
      Arrays.sort(sorted);
      IdHashes out = new IdHashes();
      for (int i = 1; i < sorted.length; i++) if (sorted[i] == sorted[i - 1]) out.add(sorted[i]);
      return out;
    }
  }
}
