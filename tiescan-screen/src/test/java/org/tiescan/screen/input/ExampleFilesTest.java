package org.tiescan.screen.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example files in examples/ read the same through the CSV and XLSX readers. */
class ExampleFilesTest {
  private static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent().resolve("examples");

  private static List<InputRecord> read(Path f) {
    List<InputRecord> out = new ArrayList<>();
    try (InputReader r = InputFiles.open(f, null, null)) {
      ColumnMapping m = ColumnMapping.detect(r.file(), r.columns(), null);
      assertThat(m.nameColumns()).containsExactly("name");
      assertThat(m.countryColumn()).isEqualTo("country");
      assertThat(m.idColumn()).isEqualTo("supplier_id");
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void csvAndXlsxExamplesHoldTheSameRows() {
    List<InputRecord> csv = read(EXAMPLES.resolve("suppliers.csv"));
    List<InputRecord> xlsx = read(EXAMPLES.resolve("suppliers.xlsx"));
    assertThat(csv).hasSize(411).allMatch(InputRecord::ok);
    assertThat(xlsx).extracting(InputRecord::fields).isEqualTo(csv.stream().map(InputRecord::fields).toList());
    assertThat(xlsx).extracting(InputRecord::line).isEqualTo(csv.stream().map(InputRecord::line).toList());
  }
}
