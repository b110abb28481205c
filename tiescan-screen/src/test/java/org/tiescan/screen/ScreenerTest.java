package org.tiescan.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.match.MatchOptions;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;

class ScreenerTest {
  @TempDir Path dir;

  private List<ScreenedRecord> screen(String csv, int threads, ScreeningSummary[] summary) throws Exception {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    List<ScreenedRecord> out = new ArrayList<>();
    try (InputReader r = InputFiles.open(f, null, null)) {
      ColumnMapping cols = ColumnMapping.detect(r.file(), r.columns(), null);
      summary[0] = new Screener(Fixtures.fakeMatcher(), MatchOptions.defaults(), threads)
          .screen(r, cols, out::add, ProgressListener.NONE);
    }
    return out;
  }

  @Test
  void emitsResultsInInputOrderAcrossThreads() throws Exception {
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 0; i < 2_000; i++) csv.append(i).append(i % 7 == 0 ? ",Hikvision " : ",Acme ").append(i).append('\n');
    ScreeningSummary[] s = new ScreeningSummary[1];
    List<ScreenedRecord> out = screen(csv.toString(), 4, s);
    assertThat(out).hasSize(2_000);
    for (int i = 0; i < out.size(); i++) assertThat(out.get(i).input().get("id")).isEqualTo(Integer.toString(i));
    assertThat(s[0].withHits()).isEqualTo(286);
    assertThat(s[0].screened()).isEqualTo(2_000);
  }

  /** Every record is asked as a LegalEntity unless the mapping says the names are of another schema. */
  @Test
  void recordsAreAskedWithTheMappingsSchema() throws Exception {
    Path f = dir.resolve("ships.csv");
    Files.writeString(f, "name\nHERO II\n", StandardCharsets.UTF_8);
    for (String schema : List.of("LegalEntity", "Vessel")) {
      List<ScreenedRecord> out = new ArrayList<>();
      try (InputReader r = InputFiles.open(f, null, null)) {
        ColumnMapping cols = ColumnMapping.detect(r.file(), r.columns(), null);
        if (!schema.equals("LegalEntity")) cols = cols.withSchema(schema);
        new Screener(Fixtures.fakeMatcher(), MatchOptions.defaults(), 1).screen(r, cols, out::add, ProgressListener.NONE);
      }
      assertThat(out.get(0).query().schema()).isEqualTo(schema);
    }
  }

  @Test
  void countsBadRowsAndStillScreensGoodOnes() throws Exception {
    String csv = "id,name,country\n1,Hikvision,CN\n2,,CN\n3,Acme\n4,hikvision digital,China\n";
    ScreeningSummary[] s = new ScreeningSummary[1];
    List<ScreenedRecord> out = screen(csv, 2, s);
    assertThat(s[0].records()).isEqualTo(4);
    assertThat(s[0].screened()).isEqualTo(2);
    assertThat(s[0].problems()).isEqualTo(2);
    assertThat(s[0].withHits()).isEqualTo(2);
    assertThat(s[0].firstProblems()).extracting(p -> p.line() + " " + p.field() + " " + p.message())
        .containsExactly("3 name empty name", "4 null row has 2 fields but the header has 3");
    assertThat(out.get(3).query().countries()).containsExactly("cn");
  }

  /** A paragraph in the name column (≈ 1 MB here) is a problem record, and the records after it are screened. */
  @Test
  void refusesANameLongerThanTheLimitAndSaysWhy() throws Exception {
    String paragraph = "Hikvision ".repeat(100_000).strip();
    String longestScreened = paragraph.substring(0, org.tiescan.match.Query.MAX_NAME_LENGTH - 1);
    String csv = "id,name\n1,\"" + paragraph + "\"\n2,Hikvision\n3,\"" + longestScreened + "\"\n";
    ScreeningSummary[] s = new ScreeningSummary[1];
    List<ScreenedRecord> out = screen(csv, 2, s);
    assertThat(s[0].problems()).isEqualTo(1);
    assertThat(s[0].screened()).isEqualTo(2);
    assertThat(s[0].firstProblems()).extracting(p -> p.line() + " " + p.field() + " " + p.message())
        .containsExactly("2 name name of 999,999 characters; a name longer than 2,000 characters is not screened"
            + " (is the right column the name?)");
    assertThat(out.get(0).query()).isNull();
    assertThat(out.get(1).hit()).isTrue();
    assertThat(out.get(2).query().names()).containsExactly(longestScreened);
  }

  @Test
  void appliesThresholdAndTopWhateverTheEngineReturns() throws Exception {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, "name\nHikvision\n");
    try (InputReader r = InputFiles.open(f, null, null)) {
      List<ScreenedRecord> out = new ArrayList<>();
      new Screener(Fixtures.fakeMatcher(), new MatchOptions(0.95, 5, false), 1)
          .screen(r, ColumnMapping.detect(r.file(), r.columns(), null), out::add, ProgressListener.NONE);
      assertThat(out.get(0).results()).isEmpty();
    }
  }

  @Test
  void reportsProgressForEveryRecordInOrder() throws Exception {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, "name\na\nb\nc\n");
    AtomicLong last = new AtomicLong();
    List<Double> fractions = new ArrayList<>();
    try (InputReader r = InputFiles.open(f, null, null)) {
      new Screener(Fixtures.fakeMatcher(), MatchOptions.defaults(), 2).screen(r,
          ColumnMapping.detect(r.file(), r.columns(), null), x -> {}, (done, fraction) -> {
            assertThat(done).isEqualTo(last.get() + 1);
            last.set(done);
            fractions.add(fraction);
          });
    }
    assertThat(last.get()).isEqualTo(3);
    assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
  }

  @Test
  void matcherFailureIsAnInternalScreeningError() throws Exception {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, "name\nx\n");
    try (InputReader r = InputFiles.open(f, null, null)) {
      Screener broken = new Screener((q, o) -> { throw new IllegalStateException("index closed"); },
          MatchOptions.defaults(), 2);
      assertThatThrownBy(() -> broken.screen(r, ColumnMapping.detect(r.file(), r.columns(), null), x -> {},
          ProgressListener.NONE)).isInstanceOf(ScreeningException.class).hasMessageContaining("index closed");
    }
  }
}
