package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;
import org.tiescan.sources.ListSource;
import org.tiescan.store.diff.EntityChange;
import org.tiescan.store.diff.EntityRef;
import org.tiescan.store.diff.FieldChange;
import org.tiescan.store.diff.VersionDiff;
import org.tiescan.store.diff.VersionDiffer;

class VersionDiffTest {
  @TempDir Path dir;

  private final ListSource csl = Sources.csl();

  @Test
  void diffNamesAddedRemovedAndChangedEntitiesWithTheirChangedFields() throws Exception {
    List<Entity> all = ListImporterTest.sortedById(Sources.readAll(csl, Sources.CSL_SLICE));
    // version 1 lacks the last 7 records (they are added in version 2); version 2 drops the first 5
    // and edits two: one loses an address, one gets an end date on its designation.
    List<String> laterAdded = all.subList(all.size() - 7, all.size()).stream().map(Entity::id).toList();
    List<String> dropped = all.subList(0, 5).stream().map(Entity::id).toList();
    Entity moved = all.stream().filter(e -> !e.values(Prop.ADDRESS).isEmpty()).skip(10).findFirst().orElseThrow();
    Entity ended = all.get(100);
    try (DataDirectory data = DataDirectory.open(dir)) {
      long v1 = data.importer().importVersion("us-csl", null,
          Sources.editing(csl, e -> laterAdded.contains(e.id()) ? null : e), Sources.CSL_SLICE).version().id();
      long v2 = data.importer().importVersion("us-csl", null, Sources.editing(csl, e -> {
        if (dropped.contains(e.id())) return null;
        if (e.id().equals(moved.id())) return withoutFirstAddress(e);
        if (e.id().equals(ended.id())) return withEndDate(e, "2022-06-01");
        return e;
      }), Sources.CSL_SLICE).version().id();

      VersionDiff diff = new VersionDiffer(data).diff(v1, v2);

      assertThat(diff.dataset()).isEqualTo("us-csl");
      assertThat(diff.added()).extracting(EntityRef::id).containsExactlyElementsOf(laterAdded);
      assertThat(diff.removed()).extracting(EntityRef::id).containsExactlyElementsOf(dropped);
      assertThat(diff.removed().get(0).caption()).isEqualTo(all.get(0).caption());
      assertThat(diff.changed()).extracting(c -> c.entity().id())
          .containsExactlyInAnyOrder(moved.id(), ended.id());
      EntityChange address = change(diff, moved.id());
      assertThat(address.changes()).containsExactly(
          new FieldChange(Prop.ADDRESS, List.of(moved.values(Prop.ADDRESS).get(0)), List.of()));
      EntityChange designation = change(diff, ended.id());
      assertThat(designation.fields()).containsExactly("designations");
      JsonNode after = EntityJson.mapper().readTree(designation.changes().get(0).added().get(0));
      assertThat(after.get("endDate").asText()).isEqualTo("2022-06-01");

      assertThat(new VersionDiffer(data).latest("us-csl")).contains(diff);
      assertThat(new VersionDiffer(data).since("us-csl", Instant.now())).map(VersionDiff::isEmpty).contains(true);
      assertThat(new VersionDiffer(data).since("us-csl", Instant.parse("2000-01-01T00:00:00Z"))).isEmpty();
      // JSON output is the records as Jackson writes them
      JsonNode json = EntityJson.mapper().valueToTree(diff);
      assertThat(json.get("removed")).hasSize(5);
      assertThat(json.get("changed").get(0).get("changes").get(0).has("field")).isTrue();
    }
  }

  @Test
  void identicalReimportHasAnEmptyDiff() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      long v1 = data.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();
      long v2 = data.importer().importVersion("us-csl", null, csl, Sources.CSL_SLICE).version().id();

      assertThat(new VersionDiffer(data).diff(v1, v2).isEmpty()).isTrue();
    }
  }

  private static EntityChange change(VersionDiff diff, String id) {
    return diff.changed().stream().filter(c -> c.entity().id().equals(id)).findFirst().orElseThrow();
  }

  private static Entity withoutFirstAddress(Entity e) {
    Entity.Builder b = Entity.builder(e.id(), e.schema());
    e.properties().forEach((k, vs) -> vs.stream().skip(k.equals(Prop.ADDRESS) ? 1 : 0).forEach(v -> b.add(k, v)));
    e.datasets().forEach(b::dataset);
    e.sourceIds().forEach(b::sourceId);
    e.designations().forEach(b::designation);
    return b.build();
  }

  private static Entity withEndDate(Entity e, String endDate) {
    Entity.Builder b = Entity.builder(e.id(), e.schema());
    e.properties().forEach((k, vs) -> vs.forEach(v -> b.add(k, v)));
    e.datasets().forEach(b::dataset);
    e.sourceIds().forEach(b::sourceId);
    for (Designation d : e.designations()) {
      b.designation(new Designation(d.dataset(), d.list(), d.programs(), d.authority(), d.citations(),
          d.startDate(), endDate, d.sourceUrl(), d.sourceId(), d.reason()));
    }
    return b.build();
  }
}
