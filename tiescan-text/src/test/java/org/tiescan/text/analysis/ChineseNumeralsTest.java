package org.tiescan.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"一,1", "十,10", "十五,15", "二十,20", "二十八,28", "一百零二,102", "一〇二,102", "三千二百,3200",
      "两百,200", "七,7", "九十九,99", "一一,11"})
  void values(String numerals, long value) {
    assertThat(ChineseNumerals.value(numerals)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"二三十", "八九"})
  void malformedMultiplierFormsAreRejected(String numerals) {
    // 二三十 has two digits before a unit; 八九 is positional 89, which is fine, so only the first fails
    long value = ChineseNumerals.value(numerals);
    if (numerals.equals("二三十")) assertThat(value).isEqualTo(-1);
    else assertThat(value).isEqualTo(89);
  }
}
