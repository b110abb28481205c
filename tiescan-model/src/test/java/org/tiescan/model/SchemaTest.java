package org.tiescan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaTest {
  /** Which entities may answer which queries: FollowTheMoney's schema tree, organisations among themselves. */
  @ParameterizedTest(name = "{0} query, {1} entity: {2}")
  @CsvSource({
      "LegalEntity, Company, true", "LegalEntity, PublicBody, true", "LegalEntity, Person, true",
      "LegalEntity, Organization, true", "Company, LegalEntity, true", "Person, LegalEntity, true",
      "Company, PublicBody, true", "Organization, Company, true", "Company, Company, true",
      "LegalEntity, Vessel, false", "LegalEntity, Airplane, false", "LegalEntity, Security, false",
      "Company, Vessel, false", "Vessel, LegalEntity, false", "Vessel, Company, false", "Company, Person, false",
      "Person, Organization, false",
      "Vessel, Vessel, true", "Thing, Vessel, true", "Thing, Company, true", "Vessel, Thing, true",
  })
  void compatibleFollowsTheSchemaTree(String query, String entity, boolean compatible) {
    assertThat(Schema.compatible(query, entity)).isEqualTo(compatible);
  }

  @org.junit.jupiter.api.Test
  void aQueryMayAskForTheQueryableSchemataOnly() {
    assertThat(Schema.whyNotQueryable("Vessel")).isNull();
    assertThat(Schema.whyNotQueryable("Boat")).startsWith("unknown schema 'Boat' (one of [Airplane, Company,")
        .contains("Thing, Vessel]");
  }

  @ParameterizedTest
  @CsvSource({"Vessel", "Company", "Person"})
  void aQueryWithoutSchemaTakesAnyEntity(String entity) {
    assertThat(Schema.compatible(null, entity)).isTrue();
  }
}
