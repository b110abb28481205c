package org.tiescan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.input.InputException;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;

/** Spark's CSV records are the local reader's: same fields, same start lines, same problems. */
class SparkInputsTest {
  @TempDir Path dir;

  @Test
  void multiLineRecordsKeepTheLineTheyStartOn() throws IOException {
    Path f = copy("multiline.csv");
    List<InputRecord> spark = sparkRecords(f);
    assertThat(spark).containsExactlyElementsOf(localRecords(f));
    assertThat(spark).extracting(InputRecord::line).containsExactly(2L, 4L, 7L);
    assertThat(spark.get(0).get("name")).isEqualTo("Gaobeidian Kaituo Precise Instrument\nCo. Ltd");
  }

  @Test
  void badRowsAfterALineBreakAreTheLocalReadersProblems() throws IOException {
    Path f = dir.resolve("ragged.csv");
    Files.writeString(f, "id,name\n1,\"Government Flying Service \n\n\"\n2,Acme,extra\n\n3,\"Zhejiang Dahua\r\nTechnology\"\n");
    List<InputRecord> spark = sparkRecords(f);
    assertThat(spark).containsExactlyElementsOf(localRecords(f));
    assertThat(spark).extracting(InputRecord::line).containsExactly(2L, 5L, 7L);
    assertThat(spark.get(1).problem().message()).isEqualTo("row has 3 fields but the header has 2");
  }

  @Test
  void theContractInputReadsAsLocally() throws IOException {
    Path f = copy("parties.csv");
    assertThat(sparkRecords(f)).containsExactlyElementsOf(localRecords(f));
  }

  @Test
  void anUnclosedQuoteFailsAsLocally() throws IOException {
    Path f = dir.resolve("unclosed.csv");
    Files.writeString(f, "id,name\n1,Hikvision\n2,\"Dahua\n3,iFlytek\n");
    assertThatThrownBy(() -> localRecords(f)).isInstanceOf(InputException.class);
    assertThatThrownBy(() -> sparkRecords(f)).hasStackTraceContaining("closing quote");
  }

  @Test
  void aDirectoryIsNotACsvFile() {
    assertThatThrownBy(() -> sparkRecords(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("not a file");
  }

  private static List<InputRecord> sparkRecords(Path f) {
    return SparkInputs.records(TestSpark.session(), EngineInput.of(f.toString())).collect();
  }

  private static List<InputRecord> localRecords(Path f) {
    List<InputRecord> out = new ArrayList<>();
    try (InputReader r = InputFiles.open(f, null, null)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private Path copy(String resource) throws IOException {
    Path f = dir.resolve(resource);
    try (InputStream in = getClass().getResourceAsStream("/contract/" + resource)) {
      Files.copy(in, f);
    }
    return f;
  }
}
