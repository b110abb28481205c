package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identifier keys as they appear in OFAC NS-CMIC remarks (Hikvision, China Mobile). */
class IdentifiersTest {
  @Test
  void isinAndUsccAreUpperCaseAlphanumerics() {
    assertThat(Identifiers.keys("cne1000 00pm8")).containsExactly("CNE100000PM8");
    assertThat(Identifiers.keys("9111000071093019X7")).containsExactly("9111000071093019X7");
  }

  @Test
  void tickerWithMarketCodeAlsoGivesTheBareSymbol() {
    assertThat(Identifiers.keys("002415 CN")).containsExactly("002415CN", "002415");
  }

  @Test
  void shortKeysAreDroppedBecauseTheyCollide() {
    assertThat(Identifiers.keys("941 HK")).containsExactly("941HK");
    assertThat(Identifiers.keys("-0-")).isEmpty();
    assertThat(Identifiers.keys(null)).isEmpty();
  }
}
