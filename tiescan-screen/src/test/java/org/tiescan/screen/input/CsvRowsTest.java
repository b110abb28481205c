package org.tiescan.screen.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line-by-line CSV rules an engine that splits files itself uses (the Spark engine). */
class CsvRowsTest {
  @Test
  void headerLineGivesTheLocalReadersColumnsAndDelimiter() {
    assertThat(CsvRows.detectDelimiter("\"Name, Inc\";country;id")).isEqualTo(';');
    assertThat(CsvRows.columns("名称|国家||名称", '|')).containsExactly("名称", "国家", "column_3", "column_4");
  }

  @Test
  void aLineIsARecordWithTheLocalReadersProblems() {
    List<String> cols = List.of("id", "name", "country");
    InputRecord ok = CsvRows.line("in.csv", cols, ',', 2, "1,\"Hikvision, Hangzhou\",CN,");
    assertThat(ok.ok()).isTrue();
    assertThat(ok.get("name")).isEqualTo("Hikvision, Hangzhou");
    InputRecord ragged = CsvRows.line("in.csv", cols, ',', 3, "2,Acme");
    assertThat(ragged.problem().message()).isEqualTo("row has 2 fields but the header has 3");
    assertThat(ragged.line()).isEqualTo(3);
  }

  @Test
  void aQuotedFieldRunningPastTheLineIsAProblemNotAGuess() {
    InputRecord r = CsvRows.line("in.csv", List.of("id", "name"), ',', 5, "3,\"Hikvision");
    assertThat(r.problem().line()).isEqualTo(5);
    assertThat(r.problem().message()).contains("goes on past the end of the line");
  }
}
