package org.tiescan.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.graph.RelationType;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.graph.curated.CuratedDataset;
import org.tiescan.match.MatchResult;
import org.tiescan.model.Entity;
import org.tiescan.sources.BundledLists;
import org.tiescan.sources.ofac.OfacLegacySource;

/** Folding and exposure on the real curated dataset and the bundled OFAC consolidated list. */
class GraphAnnotatorTest {
  private static final Path REPO = Path.of("").toAbsolutePath().getParent();
  private static CuratedDataset curated;
  private static OwnershipGraph graph;
  private static Entity ofacHikvision;

  @BeforeAll
  static void buildGraph() throws Exception {
    curated = CuratedCompiler.compile(REPO.resolve("data/curated"));
    List<Entity> records = new ArrayList<>();
    Path ofac = BundledLists.at(REPO.resolve("data/lists")).directory().resolve("us-ofac-consolidated");
    new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED, OfacLegacySource.Variant.CONSOLIDATED.dataset())
        .read(ofac, records::add);
    ofacHikvision = records.stream().filter(e -> e.id().equals("us-ofac-cons-30946")).findFirst().orElseThrow();
    graph = curated.graph(records);
  }

  private static MatchResult result(Entity e, double score) {
    return new MatchResult(e, score, true, null);
  }

  @Test
  void aListRecordAndTheCuratedEntityCitingItAreOneResult() {
    Entity hikvision = curated.entity("ts-hikvision").orElseThrow();
    var a = new GraphAnnotator(graph, ExposureOptions.defaults())
        .annotate(List.of(result(ofacHikvision, 0.98), result(hikvision, 0.95)));
    assertThat(a.results()).extracting(m -> m.entity().id()).containsExactly("us-ofac-cons-30946");
    HitContext c = a.context().get("us-ofac-cons-30946");
    assertThat(c.graphId()).isEqualTo("ts-hikvision");
    assertThat(c.basis()).isEqualTo(HitContext.LISTED);
    assertThat(c.sameAs()).extracting(m -> m.entity().id()).containsExactly("ts-hikvision");
  }

  @Test
  void onATieTheListRecordIsTheHitAndTheCuratedEntityItsSameAs() {
    Entity hikvision = curated.entity("ts-hikvision").orElseThrow();
    var a = new GraphAnnotator(graph, ExposureOptions.defaults())
        .annotate(List.of(result(hikvision, 1.0), result(ofacHikvision, 1.0)));
    assertThat(a.results()).extracting(m -> m.entity().id()).containsExactly("us-ofac-cons-30946");
    assertThat(a.context().get("us-ofac-cons-30946").sameAs()).extracting(m -> m.entity().id())
        .containsExactly("ts-hikvision");
  }

  @Test
  void anUnlistedSubsidiaryIsAnExposureHitUnlessItsLinkTypeIsExcluded() {
    Entity ezviz = curated.entity("ts-ezviz").orElseThrow();
    var all = new GraphAnnotator(graph, ExposureOptions.defaults()).annotate(List.of(result(ezviz, 1.0)));
    HitContext c = all.context().get("ts-ezviz");
    assertThat(c.basis()).isEqualTo(HitContext.EXPOSURE);
    assertThat(c.exposure().hits()).extracting(h -> h.entityId()).contains("ts-hikvision");

    var ownershipOnly = new GraphAnnotator(graph,
        ExposureOptions.defaults().withTypes(java.util.EnumSet.of(RelationType.OWNERSHIP)))
        .annotate(List.of(result(ezviz, 1.0)));
    assertThat(ownershipOnly.context().get("ts-ezviz").basis()).isEqualTo(HitContext.CURATED);
  }

  /**
   * A list record that carries no designation (as an FtM file's record without a listing topic) and has no
   * listed link is "unlisted": "curated" is kept for the curated dataset's own entities.
   */
  @Test
  void aListRecordWithoutDesignationOrListedLinkIsUnlistedNotCurated() {
    com.fasterxml.jackson.databind.node.ObjectNode json = org.tiescan.model.EntityJson.toJson(ofacHikvision);
    json.remove("designations");
    Entity bare = org.tiescan.model.EntityJson.fromJson(json);
    assertThat(bare.designations()).isEmpty();
    OwnershipGraph none = OwnershipGraph.builder().build();
    var a = new GraphAnnotator(none, ExposureOptions.defaults()).annotate(List.of(result(bare, 1.0)));
    assertThat(a.context().get(bare.id()).basis()).isEqualTo(HitContext.UNLISTED);
    var listed = new GraphAnnotator(none, ExposureOptions.defaults()).annotate(List.of(result(ofacHikvision, 1.0)));
    assertThat(listed.context().get(ofacHikvision.id()).basis()).isEqualTo(HitContext.LISTED);
  }
}
