package org.tiescan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.store.runs.RunStatus;
import org.tiescan.store.runs.ScreeningRun;

/**
 * {@code tiescan runs} and {@code runs prune} on the real store, with the 13-row CSL excerpt of 2023 from
 * ../shared/data/lists/us-csl/sample-2023.csv (trade.gov, public domain).
 */
class RunsCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, StoreWorkspace::open);
    return Main.run(ctx, args);
  }

  @Test
  void listsRunsAndPrunesTheOldOnesWithTheirResults() throws Exception {
    String data = "--data-dir=" + dir.resolve("data");
    Path sample = Path.of(System.getProperty("tiescan.shared.data")).resolve("lists/us-csl/sample-2023.csv");
    assertThat(run("lists", "import", sample.toString(), data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    Path input = Files.writeString(dir.resolve("parties.csv"), "name\nCETC 13th Research Institute\nNorthwind Garden Supplies\n");
    for (int i = 0; i < 3; i++) {
      assertThat(run("screen", input.toString(), "--format", "jsonl", "-o", dir.resolve("r" + i + ".jsonl").toString(), "-q",
          data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    }
    assertThat(run("runs", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Screening runs in").containsPattern("\\s3  finished .*2 records\\s+1 with hits");
    assertThat(out.toString().lines().filter(l -> l.contains("parties.csv"))).hasSize(3);

    assertThat(run("runs", "prune", "--keep", "1", "--dry-run", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("would delete").contains("2 run(s) would be deleted; nothing was changed.");
    assertThat(run("runs", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines().filter(l -> l.contains("parties.csv"))).hasSize(3);

    assertThat(run("runs", "prune", "--keep", "1", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("deleted 2 run(s) with 2 result rows");
    assertThat(run("runs", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines().filter(l -> l.contains("parties.csv"))).singleElement().asString().contains(" 3  finished");

    assertThat(run("audit", "export", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("\"kind\":\"runs-prune\"").contains("\"runs\":[2,1]");
    assertThat(run("runs", "prune", data)).as("a criterion is required").isEqualTo(ExitCodes.USAGE);
    assertThat(run("runs", "prune", "--keep", "0", "--vacuum", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("deleted 1 run(s)").contains("compacted: ");
  }

  @Test
  void aRunGoesWhenItMeetsEveryCriterionAndNeverWhileRunning() {
    List<ScreeningRun> newestFirst = List.of(run(5, "2026-03-01", RunStatus.RUNNING), run(4, "2026-02-01", RunStatus.FINISHED),
        run(3, "2026-01-15", RunStatus.FAILED), run(2, "2025-12-31", RunStatus.FINISHED), run(1, "2025-06-01", RunStatus.FINISHED));
    assertThat(ids(RunsCommand.chosen(newestFirst, 2, null))).containsExactly(3L, 2L, 1L);
    assertThat(ids(RunsCommand.chosen(newestFirst, null, LocalDate.parse("2026-01-15")))).containsExactly(2L, 1L);
    assertThat(ids(RunsCommand.chosen(newestFirst, 4, LocalDate.parse("2026-01-15")))).containsExactly(1L);
    assertThat(ids(RunsCommand.chosen(newestFirst, 0, LocalDate.parse("2027-01-01")))).doesNotContain(5L).hasSize(4);
  }

  private static ScreeningRun run(long id, String day, RunStatus status) {
    return new ScreeningRun(id, Instant.parse(day + "T10:00:00Z"), null, "in.csv", null, "{}", null, 1, 0, 0, status, null, null);
  }

  private static List<Long> ids(List<ScreeningRun> runs) {
    return runs.stream().map(ScreeningRun::id).toList();
  }
}
