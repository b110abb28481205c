package org.tiescan.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Schema;

/**
 * Cycles, diamonds and the 50 % rule arithmetic. The entities are real curated ids and names; the
 * links between them are made up for the test (they are not claims about these companies).
 */
class SyntheticGraphTest {
  static final Provenance TEST = new Provenance(Provenance.PUBLIC, "test", "synthetic link for a unit test",
      "tiescan tests", "2026-01-01", "https://example.org/test", null, null);

  static Entity org(String id, String name, String listDataset) {
    Entity.Builder b = Entity.builder(id, Schema.COMPANY).add("name", name);
    if (listDataset != null) {
      b.designation(new Designation(listDataset, listDataset, List.of(), "test", List.of("test"), null, null, null, null, null));
    }
    return b.build();
  }

  static Edge link(String from, String to, RelationType t, Double share) {
    return new Edge("t-" + from + ">" + to, from, to, t, share, List.of(TEST));
  }

  @Test
  void aCycleTerminatesAndADiamondGivesBothShortestPaths() {
    // hikrobot -> ezviz -> hikvision and hikrobot -> cetc-hik-group -> hikvision (diamond); hikvision -> hikrobot (cycle)
    OwnershipGraph g = OwnershipGraph.builder()
        .entity(org("ts-hikrobot", "Hangzhou Hikvision Robot Technology Co., Ltd.", null))
        .entity(org("ts-ezviz", "Hangzhou EZVIZ Network Co., Ltd.", null))
        .entity(org("ts-cetc-hik-group", "China Electronics Technology HIK Group Co., Ltd.", null))
        .entity(org("ts-hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", "us-bis-entity-list"))
        .edge(link("ts-hikrobot", "ts-ezviz", RelationType.OWNERSHIP, 60.0))
        .edge(link("ts-hikrobot", "ts-cetc-hik-group", RelationType.OWNERSHIP, 40.0))
        .edge(link("ts-ezviz", "ts-hikvision", RelationType.OWNERSHIP, 50.0))
        .edge(link("ts-cetc-hik-group", "ts-hikvision", RelationType.OWNERSHIP, 100.0))
        .edge(link("ts-hikvision", "ts-hikrobot", RelationType.OWNERSHIP, 10.0))
        .build();
    ExposureReport r = new Exposure(g).of("ts-hikrobot", ExposureOptions.defaults().withDepth(10));
    assertThat(r.hits()).extracting(ExposureHit::entityId).containsExactly("ts-hikvision");
    ExposureHit hik = r.hits().get(0);
    assertThat(hik.distance()).as("the cycle link makes Hikvision a direct subsidiary of Hikvision Robot").isEqualTo(1);
    ExposureReport up = new Exposure(g).of("ts-hikrobot", ExposureOptions.defaults().withDepth(10).withDirection(Direction.UP));
    ExposureHit viaOwners = up.hits().get(0);
    assertThat(viaOwners.distance()).isEqualTo(2);
    assertThat(viaOwners.paths()).extracting(ExposurePath::entityIds).containsExactly(
        List.of("ts-hikrobot", "ts-cetc-hik-group", "ts-hikvision"),
        List.of("ts-hikrobot", "ts-ezviz", "ts-hikvision"));
    assertThat(viaOwners.paths()).extracting(ExposurePath::combinedShare).containsExactly(40.0, 30.0);
    assertThat(viaOwners.combinedShare()).isEqualTo(40.0);
  }

  @Test
  void theSameLinkFromTwoSourcesIsOneEdgeWithBothSources() {
    Provenance other = new Provenance(Provenance.LIST, "us-dod-1260h", "1260H", "DoD", "2025-01-07", "https://example.org/1260h", "row-1", null);
    OwnershipGraph g = OwnershipGraph.builder()
        .entity(org("ts-chengdu-dahua-wisdom", "Chengdu Dahua Wisdom Information Technology Co., Ltd.", null))
        .entity(org("ts-dahua", "Zhejiang Dahua Technology Co., Ltd.", "us-dod-1260h"))
        .edge(link("ts-chengdu-dahua-wisdom", "ts-dahua", RelationType.SUBSIDIARY, null))
        .edge(new Edge("x", "ts-chengdu-dahua-wisdom", "ts-dahua", RelationType.SUBSIDIARY, null, List.of(other)))
        .build();
    assertThat(g.edges()).hasSize(1);
    assertThat(g.edges().get(0).sources()).containsExactly(TEST, other);
    ExposureHit h = new Exposure(g).of("ts-chengdu-dahua-wisdom", ExposureOptions.defaults()).hits().get(0);
    assertThat(h.paths()).hasSize(1);
  }

  @Test
  void ofacFiftyPercentRuleAggregatesBlockedOwnersAndFollowsBlockedCompaniesInFull() {
    // OFAC FAQ 401, example 1: X owns 50 % of A, A owns 50 % of B -> B blocked; and two owners 30 % + 25 %
    OwnershipGraph g = OwnershipGraph.builder()
        .entity(org("x", "Blocked Person X", "us-ofac-sdn"))
        .entity(org("y", "Blocked Person Y", "us-ofac-sdn"))
        .entity(org("a", "Entity A", null)).entity(org("b", "Entity B", null)).entity(org("c", "Entity C", null))
        .entity(org("d", "Entity D", null))
        .edge(link("a", "x", RelationType.OWNERSHIP, 50.0))
        .edge(link("b", "a", RelationType.OWNERSHIP, 50.0))
        .edge(link("c", "x", RelationType.OWNERSHIP, 30.0))
        .edge(link("c", "y", RelationType.OWNERSHIP, 25.0))
        .edge(link("d", "x", RelationType.OWNERSHIP, 30.0))
        .edge(link("d", "y", RelationType.SUBSIDIARY, null))
        .build();
    Exposure e = new Exposure(g);
    assertThat(ofac(e, "b").status()).isEqualTo(RuleFinding.Status.APPLIES);
    assertThat(ofac(e, "b").owners()).extracting(RuleFinding.OwnerShare::coveredBy).containsExactly("rule");
    assertThat(ofac(e, "c").status()).isEqualTo(RuleFinding.Status.APPLIES);
    assertThat(ofac(e, "c").knownShare()).isEqualTo(55.0);
    assertThat(ofac(e, "d").status()).isEqualTo(RuleFinding.Status.UNDETERMINED);
    assertThat(ofac(e, "x").status()).isEqualTo(RuleFinding.Status.LISTED);
  }

  @Test
  void ownershipCyclesDoNotLoopInTheRuleEvaluation() {
    OwnershipGraph g = OwnershipGraph.builder()
        .entity(org("p", "P", null)).entity(org("q", "Q", null)).entity(org("x", "X", "us-ofac-sdn"))
        .edge(link("p", "q", RelationType.OWNERSHIP, 60.0))
        .edge(link("q", "p", RelationType.OWNERSHIP, 60.0))
        .edge(link("q", "x", RelationType.OWNERSHIP, 20.0))
        .build();
    assertThat(ofac(new Exposure(g), "p").status()).isEqualTo(RuleFinding.Status.DOES_NOT_APPLY);
  }

  @Test
  void anAnswerFoundWithACycleCutIsNotReusedOnAnotherBranch() {
    // x (blocked) owns 60 % of p; p owns 60 % of q; q owns 10 % of p (a cycle); s is 30 % p and 30 % q
    OwnershipGraph g = OwnershipGraph.builder()
        .entity(org("x", "X", "us-ofac-sdn")).entity(org("p", "P", null)).entity(org("q", "Q", null))
        .entity(org("s", "S", null))
        .edge(link("p", "x", RelationType.OWNERSHIP, 60.0))
        .edge(link("q", "p", RelationType.OWNERSHIP, 60.0))
        .edge(link("p", "q", RelationType.OWNERSHIP, 10.0))
        .edge(link("s", "p", RelationType.OWNERSHIP, 30.0))
        .edge(link("s", "q", RelationType.OWNERSHIP, 30.0))
        .build();
    RuleFinding s = ofac(new Exposure(g), "s");
    assertThat(s.status()).isEqualTo(RuleFinding.Status.APPLIES);
    assertThat(s.knownShare()).isEqualTo(60.0);
  }

  static RuleFinding ofac(Exposure e, String id) {
    return e.of(id, ExposureOptions.defaults()).rules().stream()
        .filter(f -> f.rule().equals(OwnershipRule.OFAC_50_PERCENT.name())).findFirst().orElseThrow();
  }
}
