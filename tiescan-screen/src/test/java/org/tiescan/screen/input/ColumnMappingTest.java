package org.tiescan.screen.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
  @Test
  void detectsEnglishHeadersIgnoringCaseAndPunctuation() {
    ColumnMapping m = ColumnMapping.detect("f.csv",
        List.of("Supplier_ID", "Supplier Name", "Country Code", "LEI", "Tax-ID", "notes"), null);
    assertThat(m.nameColumns()).containsExactly("Supplier Name");
    assertThat(m.countryColumn()).isEqualTo("Country Code");
    assertThat(m.idColumn()).isEqualTo("Supplier_ID");
    assertThat(m.identifierColumns()).containsExactly("LEI", "Tax-ID");
  }

  @Test
  void detectsChineseHeaders() {
    ColumnMapping m = ColumnMapping.detect("f.csv", List.of("编号", "公司名称", "国家", "统一社会信用代码"), null);
    assertThat(m.nameColumns()).containsExactly("公司名称");
    assertThat(m.countryColumn()).isEqualTo("国家");
    assertThat(m.idColumn()).isEqualTo("编号");
    assertThat(m.identifierColumns()).containsExactly("统一社会信用代码");
  }

  @Test
  void prefersNameOverCompanyAndHonoursOverrides() {
    assertThat(ColumnMapping.detect("f", List.of("company", "name"), null).nameColumns()).containsExactly("name");
    ColumnMapping m = ColumnMapping.detect("f", List.of("a", "b", "c"),
        new ColumnMapping.Overrides(List.of("B"), "c", null, List.of("a")));
    assertThat(m.nameColumns()).containsExactly("b");
    assertThat(m.countryColumn()).isEqualTo("c");
    assertThat(m.identifierColumns()).containsExactly("a");
  }

  @Test
  void missingNameColumnNamesFileAndHeaders() {
    assertThatThrownBy(() -> ColumnMapping.detect("suppliers.csv", List.of("id", "country"), null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("suppliers.csv:1: no name column found among the headers [id, country]")
        .hasMessageContaining("--name-column");
    assertThatThrownBy(() -> ColumnMapping.detect("s.csv", List.of("name"),
        new ColumnMapping.Overrides(List.of(), "land", null, List.of())))
        .isInstanceOf(InputException.class).hasMessageContaining("--country-column names column 'land'");
  }
}
