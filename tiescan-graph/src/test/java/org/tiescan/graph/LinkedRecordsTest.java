package org.tiescan.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.graph.curated.CuratedDataset;
import org.tiescan.model.Entity;

/**
 * A graph of only the list records that take part in links ({@link ListRelations#addLinked}) answers as the
 * graph of every record does, on the real curated dataset with the real OFAC, DoD 1260H, FCC and CSL NS-CMIC
 * records (OFAC's "Linked To", 1260H parents, FCC subsidiaries, the CSL's copies of OFAC records).
 */
class LinkedRecordsTest {
  static List<Entity> records;
  static OwnershipGraph whole;
  static OwnershipGraph linked;
  /** The records {@link #linked} holds as nodes, as addLinked handed them on. */
  static List<Entity> added = new ArrayList<>();
  static CuratedDataset curated;
  static Map<String, Entity> byId = new LinkedHashMap<>();
  static int lookups;

  @BeforeAll
  static void build() throws Exception {
    curated = CuratedCompiler.compile(java.nio.file.Path.of(System.getProperty("tiescan.curated.data")));
    records = new ArrayList<>(ListFixtures.ofacConsolidated());
    records.addAll(ListFixtures.dod1260h());
    records.addAll(ListFixtures.fccCovered());
    records.addAll(ListFixtures.cslNsCmic());
    whole = curated.graph(records);
    records.forEach(e -> byId.putIfAbsent(e.id(), e));
    OwnershipGraph.Builder b = curated.addTo(OwnershipGraph.builder());
    ListRelations.addLinked(b, records::forEach, added::add);
    b.unlinked(id -> {
      lookups++;
      return Optional.ofNullable(byId.get(id));
    });
    linked = b.build();
  }

  @Test
  void holdsFewerRecordsAsNodes() {
    assertThat(linked.entities().size()).as("nodes of %d", whole.entities().size())
        .isLessThan(whole.entities().size());
    assertThat(linked.edges()).containsExactlyElementsOf(whole.edges());
    assertThat(linked.unresolved()).containsExactlyElementsOf(whole.unresolved());
  }

  @Test
  void answersForEveryRecordAsTheWholeGraph() {
    Exposure a = new Exposure(whole);
    Exposure b = new Exposure(linked);
    for (Entity e : records) {
      String id = e.id();
      assertThat(linked.canonical(id)).as(id).isEqualTo(whole.canonical(id));
      assertThat(linked.entity(id)).as(id).isEqualTo(whole.entity(id));
      assertThat(linked.caption(id)).as(id).isEqualTo(whole.caption(id));
      String expected = GraphJson.exposure(a.of(id, ExposureOptions.defaults())).toString();
      assertThat(GraphJson.exposure(b.of(id, ExposureOptions.defaults())).toString()).as(id).isEqualTo(expected);
      assertThat(GraphJson.exposure(b.of(e, ExposureOptions.defaults())).toString()).as(id).isEqualTo(expected);
    }
  }

  /** An entity the caller holds is not looked up again when it is no node. */
  @Test
  void aHeldEntityThatIsNoNodeIsNotLookedUp() {
    Entity unlinked = records.stream().filter(e -> !linked.isNode(e.id())).findFirst().orElseThrow();
    int before = lookups;
    ExposureReport r = new Exposure(linked).of(unlinked, ExposureOptions.defaults());
    assertThat(lookups).isEqualTo(before);
    assertThat(r.known()).isTrue();
    assertThat(r.hits()).isEmpty();
  }

  /**
   * The records handed on as added are a list of their own: picked from again (as from a cache of them),
   * they are all kept, in the same order, and the graph answers as before for every record.
   */
  @Test
  void theAddedRecordsAloneGiveTheSameGraph() {
    assertThat(added).isNotEmpty().hasSizeLessThan(records.size());
    List<Entity> again = new ArrayList<>();
    OwnershipGraph.Builder b = curated.addTo(OwnershipGraph.builder());
    ListRelations.addLinked(b, added::forEach, again::add);
    b.unlinked(id -> Optional.ofNullable(byId.get(id)));
    OwnershipGraph fromAdded = b.build();
    assertThat(again).containsExactlyElementsOf(added);
    assertThat(fromAdded.entities()).containsExactlyElementsOf(linked.entities());
    assertThat(fromAdded.edges()).containsExactlyElementsOf(linked.edges());
    assertThat(fromAdded.unresolved()).containsExactlyElementsOf(linked.unresolved());
    Exposure a = new Exposure(linked);
    Exposure c = new Exposure(fromAdded);
    for (Entity e : records) {
      assertThat(fromAdded.canonical(e.id())).as(e.id()).isEqualTo(linked.canonical(e.id()));
      assertThat(GraphJson.exposure(c.of(e.id(), ExposureOptions.defaults())).toString()).as(e.id())
          .isEqualTo(GraphJson.exposure(a.of(e.id(), ExposureOptions.defaults())).toString());
    }
  }
}
