package org.tiescan.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ROR parent links from the real ROR v2 sample become unit links with the ROR record as source. */
class RorRelationsTest {
  @Test
  void parentLinksOfTheSampleBecomeEdges() {
    RorRelations.Result ror = RorRelations.read(ListFixtures.shared().resolve("publications/ror/ror-v2-cn-sample.jsonl"));
    assertThat(ror.entities()).hasSize(276);
    OwnershipGraph g = OwnershipGraph.builder().entities(ror.entities()).edges(ror.edges()).build();
    // Qinghai Institute of Salt Lakes -> Chinese Academy of Sciences, both in the sample
    assertThat(g.caption("ror-00ga02e19")).isEqualTo("Qinghai Institute of Salt Lakes");
    Edge e = g.upward("ror-00ga02e19").stream().filter(x -> x.to().equals("ror-034t30j35")).findFirst().orElseThrow();
    assertThat(e.type()).isEqualTo(RelationType.UNIT);
    assertThat(e.sources().get(0).url()).isEqualTo("https://ror.org/00ga02e19");
    // links to parents outside the sample are dropped, not invented
    assertThat(g.edges()).allMatch(x -> g.entity(x.to()).isPresent());
  }
}
