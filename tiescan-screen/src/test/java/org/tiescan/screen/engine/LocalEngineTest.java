package org.tiescan.screen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.match.MatchOptions;
import org.tiescan.screen.Fixtures;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.Screener;
import org.tiescan.screen.ScreeningException;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.report.JsonLinesReport;

class LocalEngineTest {
  @TempDir Path dir;

  private static final String CSV = "id,name,country\n1,Hikvision,CN\n2,,CN\n3,Acme\n"
      + "4,\"Hangzhou Hikvision Digital Technology Co., Ltd.\",China\n5,Acme Trading,US\n";

  @Test
  void writesWhatTheScreenCommandsJsonLinesReportWrites() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, CSV, StandardCharsets.UTF_8);
    StringWriter report = new StringWriter();
    ColumnMapping columns;
    try (InputReader r = InputFiles.open(in, null, null); JsonLinesReport sink = new JsonLinesReport(report)) {
      columns = ColumnMapping.detect(r.file(), r.columns(), null);
      new Screener(Fixtures.fakeMatcher(), MatchOptions.defaults(), 2).screen(r, columns, sink, ProgressListener.NONE);
    }

    Path out = dir.resolve("out.jsonl");
    LocalEngine engine = new LocalEngine(3);
    EngineInput input = EngineInput.of(in.toString());
    assertThat(engine.columns(input)).containsExactly("id", "name", "country");
    ScreeningSummary s = engine.run(input, new EntityScreeningJob(
        () -> new Screener(Fixtures.fakeMatcher(), MatchOptions.defaults(), 1), input.location(), columns),
        new EngineOutput(out.toString(), null));

    assertThat(Files.readString(out)).isEqualTo(report.toString());
    assertThat(List.of(s.records(), s.screened(), s.withHits(), s.problems())).containsExactly(5L, 3L, 2L, 2L);
    assertThat(s.firstProblems()).extracting(p -> p.line()).containsExactly(3L, 4L);
    assertThat(dir.resolve("out.jsonl.tmp")).doesNotExist();
  }

  @Test
  void leavesNothingBehindWhenTheJobFails() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, CSV, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    RecordJob failing = () -> r -> {
      throw new IllegalStateException("index gone");
    };
    assertThatThrownBy(() -> new LocalEngine(2).run(EngineInput.of(in.toString()), failing,
        new EngineOutput(out.toString(), null))).isInstanceOf(ScreeningException.class).hasMessageContaining("index gone");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("out.jsonl.tmp")).doesNotExist();
  }

  @Test
  void refusesParquetItCannotReadOrWrite() {
    assertThatThrownBy(() -> new LocalEngine(1).columns(EngineInput.of("people.parquet")))
        .isInstanceOf(ScreeningException.class).hasMessageContaining("Spark engine");
    assertThat(EngineInput.of("x/part.PARQUET/").format()).isEqualTo(EngineInput.Format.PARQUET);
    assertThat(EngineInput.of("a.ndjson").format()).isEqualTo(EngineInput.Format.JSONL);
    assertThat(EngineInput.of("a.tsv").format()).isEqualTo(EngineInput.Format.CSV);
  }
}
