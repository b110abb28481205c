package org.tiescan.screen.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherInputReadersTest {
  @TempDir Path dir;

  private static List<InputRecord> readAll(Path f, String sheet) {
    List<InputRecord> out = new ArrayList<>();
    try (InputReader r = InputFiles.open(f, null, sheet)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private Path workbook() throws Exception {
    Path f = dir.resolve("s.xlsx");
    try (OutputStream os = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(os, "tiescan-test", "1.0");
      Worksheet notes = wb.newWorksheet("Notes");
      notes.value(0, 0, "not the data");
      Worksheet ws = wb.newWorksheet("Vendors");
      ws.value(0, 0, "Vendor");
      ws.value(0, 1, "Country");
      ws.value(0, 2, "Vendor ID");
      ws.value(1, 0, "Beijing Megvii Technology Co., Ltd.");
      ws.value(1, 1, "CN");
      ws.value(1, 2, 1001);
      ws.value(3, 0, "Zhejiang Dahua Technology");
      ws.value(3, 1, "CN");
      ws.value(4, 0, "Acme");
      ws.value(4, 4, "stray");
      wb.finish();
    }
    return f;
  }

  @Test
  void readsTheNamedSheetWithExcelRowNumbersSkippingEmptyRows() throws Exception {
    List<InputRecord> rows = readAll(workbook(), "Vendors");
    assertThat(rows).extracting(InputRecord::line).containsExactly(2L, 4L, 5L);
    assertThat(rows.get(0).fields()).containsEntry("Vendor", "Beijing Megvii Technology Co., Ltd.")
        .containsEntry("Vendor ID", "1001");
    assertThat(rows.get(2).problem().message()).contains("column 5");
  }

  @Test
  void readsTheFirstSheetByDefaultAndNamesAMissingSheet() throws Exception {
    Path f = workbook();
    try (InputReader r = InputFiles.open(f, null, null)) {
      assertThat(r.columns()).containsExactly("not the data");
    }
    assertThatThrownBy(() -> readAll(f, "Suppliers")).isInstanceOf(InputException.class)
        .hasMessageContaining("no sheet named 'Suppliers'");
  }

  @Test
  void aCsvRenamedXlsxIsAClearError() throws Exception {
    Path f = dir.resolve("fake.xlsx");
    Files.writeString(f, "name\nx\n");
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOf(InputException.class)
        .hasMessageContaining("fake.xlsx").hasMessageContaining("XLSX");
  }

  @Test
  void readsJsonLinesWithProblemsForBrokenLines() throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, "{\"name\": \"Yitu Technology\", \"country\": \"CN\", \"ids\": [\"a\", \"b\"], \"n\": 5}\n"
        + "\n[1,2]\n{\"name\": \"SenseTime\"\n{\"name\": null}\n");
    List<InputRecord> rows = readAll(f, null);
    assertThat(rows).extracting(InputRecord::line).containsExactly(1L, 3L, 4L, 5L);
    assertThat(rows.get(0).fields()).containsEntry("ids", "a; b").containsEntry("n", "5");
    assertThat(rows.get(1).problem().message()).contains("expected a JSON object");
    assertThat(rows.get(2).problem().message()).startsWith("not valid JSON");
    assertThat(rows.get(3).get("name")).isEmpty();
    try (InputReader r = InputFiles.open(f, null, null)) {
      assertThat(r.columns()).containsExactly("name", "country", "ids", "n");
    }
  }

  @Test
  void aJsonArrayIsNotJsonLines() throws Exception {
    Path f = dir.resolve("in.json");
    Files.writeString(f, "[\n{\"name\": \"Yitu Technology\"}\n]\n");
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOf(InputException.class)
        .hasMessageContaining("in.json:1").hasMessageContaining("JSON array");
  }
}
