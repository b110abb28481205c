package org.tiescan.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.graph.curated.CuratedDataset;
import org.tiescan.model.Entity;

/** Exposure on the real curated dataset plus the real OFAC, DoD 1260H and FCC list records. */
class RealGraphTest {
  static CuratedDataset curated;
  static OwnershipGraph graph;
  static Exposure exposure;

  @BeforeAll
  static void build() throws Exception {
    curated = CuratedCompiler.compile(java.nio.file.Path.of(System.getProperty("tiescan.curated.data")));
    List<Entity> records = new ArrayList<>(ListFixtures.ofacConsolidated());
    records.addAll(ListFixtures.dod1260h());
    records.addAll(ListFixtures.fccCovered());
    graph = curated.graph(records);
    exposure = new Exposure(graph);
  }

  /** Hikvision showed twice in screening: the CSL's copy of its NS-CMIC record was a node of its own. */
  @Test
  void theCslCopyOfACitedOfacRecordIsFoldedIntoTheCuratedEntity() throws Exception {
    List<Entity> records = new ArrayList<>(ListFixtures.ofacConsolidated());
    List<Entity> cslCopies = ListFixtures.cslNsCmic();
    assertThat(cslCopies).extracting(Entity::id).contains("us-csl-30946", "us-csl-30947").hasSize(68);
    records.addAll(cslCopies);
    OwnershipGraph withCsl = curated.graph(records);
    assertThat(withCsl.canonical("us-csl-30946")).isEqualTo("ts-hikvision");
    assertThat(withCsl.canonical("us-ofac-cons-30946")).isEqualTo("ts-hikvision");
    assertThat(withCsl.canonical("us-csl-30947")).isEqualTo("ts-huawei");
    assertThat(withCsl.entities()).extracting(Entity::id).doesNotContain("us-csl-30946", "us-csl-30947");
    assertThat(withCsl.idsNamed("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.")).containsExactly("ts-hikvision");
  }

  @Test
  void ezvizReachesHikvisionByHikvisionsFilingAndCetcThroughThe1260hParent() {
    ExposureReport r = exposure.of("ts-ezviz", ExposureOptions.defaults().withDirection(Direction.UP));
    assertThat(r.listedItself()).isFalse();
    ExposureHit hik = hit(r, "ts-hikvision");
    assertThat(hik.distance()).isEqualTo(1);
    Step step = hik.paths().get(0).steps().get(0);
    assertThat(step.type()).isEqualTo(RelationType.SUBSIDIARY);
    assertThat(step.direction()).isEqualTo(Direction.UP);
    assertThat(step.sources()).extracting(Provenance::sourceId).contains("hikvision-ezviz-spinoff-2021");
    assertThat(hik.designations()).extracting(d -> d.citations()).anyMatch(c -> c.contains("84 FR 54002"));
    ExposureHit cetc = hit(r, "ts-cetc");
    assertThat(cetc.distance()).isEqualTo(2);
    assertThat(cetc.paths()).anyMatch(p -> p.entityIds().equals(List.of("ts-ezviz", "ts-hikvision", "ts-cetc"))
        && p.steps().get(1).sources().stream().anyMatch(s -> s.sourceId().equals("us-dod-1260h")));
  }

  @Test
  void aSupplierNamedAsInTheIssueFindsEzvizAndThroughItHikvision() {
    for (String supplier : List.of("Hangzhou Ezviz Network Co., Ltd.", "EZVIZ", "杭州萤石网络股份有限公司")) {
      assertThat(graph.idsNamed(supplier)).as(supplier).containsExactly("ts-ezviz");
    }
    ExposureReport r = exposure.of(graph.idsNamed("Hangzhou Ezviz Network Co., Ltd.").get(0));
    assertThat(hit(r, "ts-hikvision").paths().get(0).describe())
        .isEqualTo("Hangzhou EZVIZ Network Co., Ltd. —[subsidiary of]→ Hangzhou Hikvision Digital Technology Co., Ltd.");
  }

  @Test
  void chengduDahuaWisdomReachesZhejiangDahuaThroughThe1260hParentName() {
    ExposureHit dahua = hit(exposure.of("ts-chengdu-dahua-wisdom", ExposureOptions.defaults()), "ts-dahua");
    assertThat(dahua.distance()).isEqualTo(1);
    List<Provenance> src = dahua.paths().get(0).steps().get(0).sources();
    assertThat(src).extracting(Provenance::sourceId).containsOnly("us-dod-1260h");
    assertThat(src).extracting(Provenance::locator).contains("row-104", "row-396");
  }

  @Test
  void aListRecordsParentNameResolvesToTheCuratedParent() {
    // the 1260H row for Chengdu Dahua Wisdom is a list record of its own; its "Parent Name" is resolved by name
    String record = graph.entities().stream()
        .filter(e -> e.id().startsWith("us-dod-1260h-") && e.caption().startsWith("Chengdu Dahua Wisdom"))
        .map(Entity::id).findFirst().orElseThrow();
    assertThat(graph.upward(record)).extracting(Edge::to).contains("ts-dahua");
  }

  @Test
  void hikvisionReachesCetcDirectlyAndThroughCetcHikGroupWithTheShareOnTheWay() {
    ExposureReport r = exposure.of("ts-hikvision", ExposureOptions.defaults().withDirection(Direction.UP));
    assertThat(r.listedItself()).isTrue();
    assertThat(hit(r, "ts-cetc").distance()).isEqualTo(1);
    assertThat(graph.upward("ts-hikvision")).anyMatch(e -> e.to().equals("ts-cetc-hik-group") && e.share() == 38.88);
  }

  @Test
  void aPublishedShareGivesTheCombinedShareWhileTheListLinkKeepsItsOwnPath() {
    ExposureHit holding = hit(exposure.of("ts-huawei", ExposureOptions.defaults().withDirection(Direction.UP)), "ts-huawei-holding");
    assertThat(holding.paths()).hasSize(2);
    assertThat(holding.paths()).extracting(p -> p.steps().get(0).type())
        .containsExactlyInAnyOrder(RelationType.SUBSIDIARY, RelationType.OWNERSHIP);
    assertThat(holding.combinedShare()).isEqualTo(100.0);
  }

  @Test
  void aScreeningHitOnAListRecordIsAnsweredByTheCuratedEntity() {
    assertThat(graph.canonical("us-ofac-cons-30946")).isEqualTo("ts-hikvision");
    assertThat(graph.canonical("us-csl-f095626c9f8becc70b5948507fb6de6e443b257a")).isEqualTo("ts-hikvision");
    ExposureReport r = exposure.of("us-ofac-cons-32089", ExposureOptions.defaults().withDirection(Direction.UP));
    assertThat(r.entityId()).isEqualTo("ts-proven-glory");
    ExposureHit holding = hit(r, "ts-huawei-holding");
    assertThat(holding.paths().get(0).steps().get(0).type()).isEqualTo(RelationType.LINKED_TO);
  }

  @Test
  void siblingsAreReportedOnlyWhenTheWholeFamilyIsAskedFor() {
    // the 14th Research Institute is another CETC unit: a cousin of EZVIZ, not its parent or subsidiary
    assertThat(exposure.of("ts-ezviz").hits()).extracting(ExposureHit::entityId)
        .containsExactly("ts-hikvision", "ts-cetc").doesNotContain("ts-14th-research-institute-of-cetc");
    ExposureHit cousin = hit(exposure.of("ts-ezviz", ExposureOptions.defaults().withDirection(Direction.BOTH)),
        "ts-14th-research-institute-of-cetc");
    assertThat(cousin.distance()).isEqualTo(3);
    assertThat(cousin.paths().get(0).steps()).extracting(Step::direction)
        .containsExactly(Direction.UP, Direction.UP, Direction.DOWN);
  }

  @Test
  void aParentHitReachesItsListedSubsidiariesDownward() {
    ExposureReport r = exposure.of("ts-dahua", ExposureOptions.defaults().withDirection(Direction.DOWN));
    ExposureHit wisdom = hit(r, "ts-chengdu-dahua-wisdom");
    assertThat(wisdom.paths().get(0).steps().get(0).phrase()).isEqualTo("parent of");
  }

  @Test
  void relationTypesRestrictTheWalk() {
    ExposureOptions onlyUnits = ExposureOptions.defaults().withTypes(EnumSet.of(RelationType.UNIT));
    assertThat(exposure.of("ts-ezviz", onlyUnits).hits()).isEmpty();
    ExposureReport psb = exposure.of("ts-kashgar-prefecture-public-security-bureau", onlyUnits.withDepth(1));
    assertThat(psb.hits()).extracting(ExposureHit::entityId).containsExactly("ts-xuar-psb");
  }

  @Test
  void fccSubsidiaryNamesBecomeLinksToTheCoveredEntity() {
    String comnet = graph.idsNamed("ComNet (USA) LLC").get(0);
    assertThat(graph.upward(comnet)).extracting(e -> graph.caption(e.to())).contains("Pacific Networks Corp");
    assertThat(exposure.of(comnet).hits()).extracting(ExposureHit::caption).contains("Pacific Networks Corp");
  }

  @Test
  void unresolvedListNamesAreReportedNotGuessed() {
    // an NS-PLC record is "Linked To: HAMAS", an SDN entry that is not in the consolidated (non-SDN) file
    assertThat(graph.unresolved()).anyMatch(u -> u.name().equals("HAMAS") && u.type() == RelationType.LINKED_TO
        && u.fromId().equals("us-ofac-cons-9647"));
  }

  @Test
  void ownershipRulesStayUndeterminedWhereSharesAreNotPublished() {
    ExposureReport r = exposure.of("ts-ezviz", ExposureOptions.defaults());
    RuleFinding bis = r.rules().stream().filter(f -> f.rule().equals("BIS Affiliates Rule")).findFirst().orElseThrow();
    assertThat(bis.status()).isEqualTo(RuleFinding.Status.UNDETERMINED);
    assertThat(bis.owners()).extracting(RuleFinding.OwnerShare::ownerId).containsExactly("ts-hikvision");
    RuleFinding ofac = r.rules().stream().filter(f -> f.rule().equals("OFAC 50 Percent Rule")).findFirst().orElseThrow();
    assertThat(ofac.status()).as("NS-CMIC is not blocking").isEqualTo(RuleFinding.Status.DOES_NOT_APPLY);
  }

  @Test
  void exposureIsDeterministic() {
    // a second graph built from the same inputs in another order gives the same answer
    List<Entity> reversed = new ArrayList<>(graph.entities().stream().filter(e -> !e.id().startsWith("ts-")).toList());
    java.util.Collections.reverse(reversed);
    OwnershipGraph again = curated.graph(reversed);
    String a = GraphJson.exposure(exposure.of("ts-ezviz", ExposureOptions.defaults())).toString();
    String b = GraphJson.exposure(new Exposure(again).of("ts-ezviz", ExposureOptions.defaults())).toString();
    assertThat(b).isEqualTo(a);
  }

  @Test
  void anUnknownIdIsReportedAsUnknownNotAsClean() {
    ExposureReport r = exposure.of("no-such-id", ExposureOptions.defaults());
    assertThat(r.known()).isFalse();
    assertThat(r.hits()).isEmpty();
  }

  static ExposureHit hit(ExposureReport r, String id) {
    return r.hits().stream().filter(h -> h.entityId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not reached; hits: " + r.hits().stream().map(ExposureHit::entityId).toList()));
  }
}
