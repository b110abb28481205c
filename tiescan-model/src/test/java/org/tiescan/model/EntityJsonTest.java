package org.tiescan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityJsonTest {
  // Values from OFAC's consolidated list, ent_num 30946 (cons_prim.csv / cons_alt.csv).
  private final Entity hikvision = Entity.builder("us-ofac-cons-30946", Schema.COMPANY)
      .add(Prop.NAME, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.")
      .add(Prop.ALIAS, "HIKVISION")
      .add(Prop.ALIAS, " ")
      .add(Prop.TICKER, "002415 CN")
      .add(Prop.ISIN, "CNE100000PM8")
      .dataset("us-ofac-cons")
      .sourceId("us-ofac-cons:30946")
      .designation(new Designation("us-ofac-ns-cmic", "Non-SDN Chinese Military-Industrial Complex Companies List",
          List.of("CMIC-EO13959"), "OFAC", List.of(), "2021-06-03", null, null, "30946", null))
      .build();

  @Test
  void roundTripsThroughJsonLines() {
    String line = EntityJson.toLine(hikvision);
    assertThat(line).contains("\"schema\":\"Company\"").contains("\"caption\":\"HANGZHOU HIKVISION");
    assertThat(EntityJson.fromLine(line)).isEqualTo(hikvision);
  }

  @Test
  void blankValuesAreDroppedAndNamesComeInOrder() {
    assertThat(hikvision.values(Prop.ALIAS)).containsExactly("HIKVISION");
    assertThat(hikvision.names()).containsExactly("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.", "HIKVISION");
  }

  @Test
  void readsPlainOpenSanctionsLineAndNamesMissingField() {
    Entity e = EntityJson.fromLine("{\"id\":\"NK-x\",\"schema\":\"Company\",\"properties\":{\"name\":[\"ACME\"],"
        + "\"sanctions\":[{\"id\":\"s1\",\"schema\":\"Sanction\"}]},\"datasets\":[\"us_ofac_sdn\"],"
        + "\"first_seen\":\"2021-01-01T00:00:00\",\"target\":true}");
    assertThat(e.caption()).isEqualTo("ACME");
    assertThat(e.values("sanctions")).containsExactly("s1");
    assertThatThrownBy(() -> EntityJson.fromLine("{\"schema\":\"Company\"}")).hasMessageContaining("'id'");
    assertThatThrownBy(() -> EntityJson.fromLine("{not json")).hasMessageContaining("not valid JSON");
  }

  @Test
  void aLineInOpenSanctionsShapeReadsAsFtmSaysAndItsTreeAlike() {
    // OpenSanctions' shape: fields tiescan does not keep (nested objects, arrays, booleans), a nested sanction
    // entity, null and blank values (a JSON null is no value, not the text "null"), a number, the designation of
    // the OFAC entry above
    String line = "{\"target\":true,\"referents\":[\"a\",{\"x\":[1,2]}],\"id\":\"us-ofac-cons-30946\","
        + "\"schema\":\"Company\",\"caption\":\"HIKVISION\",\"properties\":{\"name\":[\"HIKVISION\",null,\" \"],"
        + "\"sanctions\":[{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{\"program\":[\"CMIC\"]}}],"
        + "\"incorporationDate\":[2001],\"notes\":\"not a list\"},\"datasets\":[\"us-ofac-cons\"],"
        + "\"designations\":[" + EntityJson.mapper().valueToTree(hikvision.designations().get(0)) + "],"
        + "\"first_seen\":\"2021-06-03T00:00:00\",\"last_seen\":null}";
    Entity streamed = EntityJson.fromLine(line);
    assertThat(streamed).isEqualTo(Entity.builder("us-ofac-cons-30946", Schema.COMPANY)
        .add(Prop.NAME, "HIKVISION").add("sanctions", "s1").add("incorporationDate", "2001")
        .dataset("us-ofac-cons").designation(hikvision.designations().get(0)).firstSeen("2021-06-03T00:00:00")
        .build());
    assertThat(EntityJson.fromJson(parse(line))).isEqualTo(streamed);
    assertThat(streamed.values(Prop.NAME)).containsExactly("HIKVISION");
    assertThat(streamed.values("sanctions")).containsExactly("s1");
    assertThat(streamed.values("incorporationDate")).containsExactly("2001");
    assertThat(streamed.values("notes")).isEmpty();
    assertThat(streamed.designations()).isEqualTo(hikvision.designations());
    assertThat(streamed.firstSeen()).isEqualTo("2021-06-03T00:00:00");
    assertThat(streamed.lastSeen()).isNull();
  }

  @Test
  void aLineWithMoreThanOneValueOrAWrongShapeIsRefusedWithItsReason() {
    String acme = "{\"id\":\"x\",\"schema\":\"Company\"}";
    assertThat(EntityJson.fromLine(acme).id()).isEqualTo("x");
    assertThatThrownBy(() -> EntityJson.fromLine(acme + " {}")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> EntityJson.fromLine("[" + acme + "]")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> EntityJson.fromLine("{\"id\":\"x\",\"schema\":\"Company\",\"properties\":[]}"))
        .hasMessageContaining("'properties' is not an object");
    assertThatThrownBy(() -> EntityJson.fromLine("{\"id\":\"x\"")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> EntityJson.fromLine("{\"id\":\"x\"}")).hasMessageContaining("'schema'");
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String line) {
    try {
      return EntityJson.mapper().readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
