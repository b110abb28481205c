package org.tiescan.graph.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.graph.Edge;
import org.tiescan.graph.Provenance;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;

/** The real curated files: the build fails when an entry is invalid (this is the data's validation step). */
class CuratedDataTest {
  static CuratedDataset data;

  static Path curatedDir() {
    return Path.of(System.getProperty("tiescan.curated.data", "../data/curated"));
  }

  @BeforeAll
  static void compile() throws Exception {
    data = CuratedCompiler.compile(curatedDir());
  }

  @Test
  void everyCuratedEntryIsValid() {
    assertThat(data.problems()).as("validation problems in data/curated").isEmpty();
    assertThat(data.entities()).hasSizeGreaterThan(90);
  }

  @Test
  void everyXinjiangNoticeOfTheEntityListIsCovered() {
    for (String notice : List.of("84 FR 54002", "84 FR 54004", "85 FR 34505", "85 FR 44159", "86 FR 33120", "86 FR 36496")) {
      assertThat(data.entities()).as(notice)
          .anyMatch(e -> e.designations().stream().anyMatch(d -> d.citations().contains(notice)));
    }
  }

  @Test
  void hikvisionCarriesItsListIdentifiersAndChineseName() {
    Entity hik = data.entity("ts-hikvision").orElseThrow();
    assertThat(hik.values(Prop.USCC)).containsExactly("91330000733796106P");
    assertThat(hik.values(Prop.ISIN)).contains("CNE100000PM8");
    assertThat(hik.names()).contains("杭州海康威视数字技术股份有限公司", "Hikvision", "HiLook");
    assertThat(hik.designations()).extracting(d -> d.dataset())
        .contains("us-bis-entity-list", "us-ofac-ns-cmic", "us-dod-1260h", "us-fcc-covered-list", "us-ndaa-889");
    assertThat(hik.sourceIds()).contains("us-ofac-cons:30946");
    // each 1260H edition is its own designation, pointing at that edition's notice
    assertThat(hik.designations()).filteredOn(d -> "2025-01-07".equals(d.startDate()) && "us-dod-1260h".equals(d.dataset()))
        .singleElement().satisfies(d -> assertThat(d.sourceUrl()).contains("/2025/Jan/07/"));
  }

  @Test
  void everyClaimAndEveryRelationshipHasASourceWithTitlePublisherDateAndAddress() {
    for (Claim c : data.claims()) assertThat(c.sources()).as(c.entityId() + " " + c.property()).isNotEmpty();
    for (Edge r : data.relationships()) {
      assertThat(r.sources()).as(r.id()).isNotEmpty();
      for (Provenance p : r.sources()) assertThat(List.of(p.title(), p.publisher(), p.date(), p.url())).doesNotContainNull();
    }
  }

  @Test
  void ezvizIsAHikvisionSubsidiaryByHikvisionsOwnFiling() {
    Edge e = data.relationships().stream().filter(r -> r.id().equals("ts-rel-ezviz-hikvision")).findFirst().orElseThrow();
    assertThat(e.to()).isEqualTo("ts-hikvision");
    assertThat(e.share()).as("share not published in the sources read: unknown stays unknown").isNull();
    assertThat(e.sources()).extracting(Provenance::sourceId).contains("hikvision-ezviz-spinoff-2021");
  }

  @Test
  void writesFtmLinesThatReadBack() throws Exception {
    StringWriter out = new StringWriter();
    CuratedWriter.writeFtm(data, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(data.entities().size() + data.relationships().size());
    Entity first = EntityJson.fromLine(lines.get(0));
    assertThat(first).isEqualTo(data.entities().get(0));
    Entity own = lines.stream().map(EntityJson::fromLine).filter(e -> e.id().equals("ts-rel-hikvision-cetc-hik-group"))
        .findFirst().orElseThrow();
    assertThat(own.schema()).isEqualTo("Ownership");
    assertThat(own.values("percentage")).containsExactly("38.88");
    assertThat(own.values("owner")).containsExactly("ts-cetc-hik-group");
  }
}
