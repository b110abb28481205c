package org.tiescan.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.graph.curated.CuratedDataset;
import org.w3c.dom.Document;

/** The entity page on real data: designations, evidence, links, exposure; text, JSON and SVG. */
class EntityViewTest {
  static EntityView view;

  @BeforeAll
  static void build() throws Exception {
    CuratedDataset curated = CuratedCompiler.compile(Path.of(System.getProperty("tiescan.curated.data")));
    view = new EntityView(curated.graph(List.of()), curated.evidence(), ExposureOptions.defaults());
  }

  @Test
  void textShowsDesignationsEvidenceLinksAndExposure() {
    String t = view.text("ts-ezviz", 2);
    assertThat(t).startsWith("Hangzhou EZVIZ Network Co., Ltd.  [Company, ts-ezviz]");
    assertThat(t).contains("Designations (0)", "杭州萤石网络股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd.",
        "关于分拆所属子公司杭州萤石网络有限公司至科创板上市的预案", "BIS Affiliates Rule: UNDETERMINED");
    String hik = view.text("ts-hikvision", 1);
    assertThat(hik).contains("84 FR 54002", "E.O. 13959, as amended by E.O. 14032", "[us-ofac-cons:30946]");
  }

  @Test
  void jsonCarriesEvidenceNeighbourhoodAndExposurePaths() {
    JsonNode j = view.json("ts-chengdu-dahua-wisdom", 2);
    assertThat(j.path("id").asText()).isEqualTo("ts-chengdu-dahua-wisdom");
    assertThat(j.path("evidence").size()).isPositive();
    assertThat(j.path("neighbourhood").path("edges").findValuesAsText("to")).contains("ts-dahua");
    JsonNode hit = j.path("exposure").path("connected_listed").get(0);
    assertThat(hit.path("id").asText()).isEqualTo("ts-dahua");
    JsonNode step = hit.path("paths").get(0).path("steps").get(0);
    assertThat(step.path("relation").asText()).isEqualTo("subsidiary");
    assertThat(step.path("sources").get(0).path("url").asText()).startsWith("https://media.defense.gov/");
  }

  @Test
  void svgIsWellFormedSelfContainedAndMarksListedEntities() throws Exception {
    String svg = view.svg("ts-hikvision", 2);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    // self-contained: nothing to fetch (source addresses appear only as tooltip text)
    assertThat(svg).doesNotContain("<script", "href=", "<image", "@import", "url(http");
    assertThat(svg).contains("Hangzhou EZVIZ Network Co., Ltd.", "ts-cetc", "ownership 38.88 %", "#b00020");
  }

  @Test
  void anUnknownIdIsAClearError() {
    assertThatThrownBy(() -> view.text("ts-nothing", 1)).hasMessageContaining("no entity with id 'ts-nothing'");
  }
}
