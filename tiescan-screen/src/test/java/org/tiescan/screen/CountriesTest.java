package org.tiescan.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void codesNamesAndChineseNamesBecomeAlpha2() {
    assertThat(Countries.code("CN")).isEqualTo("cn");
    assertThat(Countries.code(" cn ")).isEqualTo("cn");
    assertThat(Countries.code("China")).isEqualTo("cn");
    assertThat(Countries.code("People's Republic of China")).isEqualTo("cn");
    assertThat(Countries.code("中国")).isEqualTo("cn");
    assertThat(Countries.code("CHN")).isEqualTo("cn");
    assertThat(Countries.code("Germany")).isEqualTo("de");
    assertThat(Countries.code("德国")).isEqualTo("de");
    assertThat(Countries.code("United States")).isEqualTo("us");
  }

  @Test
  void unknownTextIsNoCountry() {
    assertThat(Countries.code("Atlantis")).isNull();
    assertThat(Countries.code("")).isNull();
    assertThat(Countries.code("火星")).isNull();
  }
}
