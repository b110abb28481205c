package org.tiescan.graph.curated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits against real identifiers from the OFAC consolidated list (Dec 2025) and one-character changes of them. */
class IdentifiersTest {
  @ParameterizedTest
  @ValueSource(strings = {"91330000733796106P", "91110000710929498G", "914403001922038216", "916501002999341738",
      "91120000783342508F", "914401153314442716", "91110000721497432T"})
  void acceptsRealUsccs(String code) {
    assertThat(Identifiers.validUscc(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91330000733796106Q", "91330000733796107P", "9133000073379610P", "91330000733796106I"})
  void rejectsAlteredUsccs(String code) {
    assertThat(Identifiers.validUscc(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNE100000PM8", "US1694261033", "HK0941009539", "CNE100001TW7", "XS1809220830"})
  void acceptsRealIsins(String isin) {
    assertThat(Identifiers.validIsin(isin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CNE100000PM9", "US1694261034", "CNE10000PM8", "cne100000pm8"})
  void rejectsAlteredIsins(String isin) {
    assertThat(Identifiers.validIsin(isin)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"549300XIVJCBIGMRUD48"})
  void acceptsRealLeis(String lei) {
    assertThat(Identifiers.validLei(lei)).isTrue();
    assertThat(Identifiers.validLei(lei.substring(0, 19) + "9")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cn", "hk", "gb"})
  void acceptsLowerCaseIsoCountries(String cc) {
    assertThat(Identifiers.validCountry(cc)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CN", "chn", "xx", "zz"})
  void rejectsOtherCountryForms(String cc) {
    assertThat(Identifiers.validCountry(cc)).isFalse();
  }
}
