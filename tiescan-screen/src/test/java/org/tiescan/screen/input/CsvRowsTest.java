package org.tiescan.screen.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The header rules the CSV reader uses. */
class CsvRowsTest {
  @Test
  void theDelimiterIsTheMostFrequentOutsideQuotes() {
    assertThat(CsvRows.detectDelimiter("\"Name, Inc\";country;id")).isEqualTo(';');
    assertThat(CsvRows.detectDelimiter("名称|国家||名称")).isEqualTo('|');
    assertThat(CsvRows.detectDelimiter(null)).isEqualTo(',');
  }
}
