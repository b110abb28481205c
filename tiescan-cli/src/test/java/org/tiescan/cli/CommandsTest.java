package org.tiescan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final FakeWorkspace ws = new FakeWorkspace();
  private Path input;

  @BeforeEach
  void writeInput() throws Exception {
    input = dir.resolve("suppliers.csv");
    Files.writeString(input, "supplier_id,name,country\nS1,Hikvision,CN\nS2,Acme Corp,US\nS3,,CN\n");
  }

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, d -> ws);
    return Main.run(ctx, args);
  }

  private String dataDir() {
    return "--data-dir=" + dir.resolve("data");
  }

  @Test
  void screenImportsBundledListsOnFirstRunAndWritesReports() throws Exception {
    Path reports = dir.resolve("reports");
    int code = run("screen", input.toString(), "-o", reports.toString(), "--format", "csv,jsonl,html", dataDir());
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(ws.bundledImports).isEqualTo(1);
    assertThat(err.toString()).contains("importing the bundled list snapshot").contains("columns: name=[name] country=country id=supplier_id");
    assertThat(out.toString()).contains("Screened 2 of 3 records").contains("with hits:    1").contains("84 FR 54002")
        .contains(":4 [name]: empty name");
    List<String> lines = Files.readAllLines(reports.resolve("suppliers.screening.jsonl"));
    assertThat(lines).hasSize(3);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.at("/results/0/designations/0/citations/0").asText()).isEqualTo("84 FR 54002");
    assertThat(Files.readString(reports.resolve("suppliers.screening.html"))).contains("84 FR 54002");
    assertThat(Files.readAllLines(reports.resolve("suppliers.screening.csv")).get(0)).startsWith("supplier_id,name,country,status");
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
    assertThat(ws.closed).isTrue();
  }

  @Test
  void failOnMatchGivesExitCodeOneOnlyWhenSomethingMatched() throws Exception {
    assertThat(run("screen", input.toString(), "--format", "jsonl", "-o", "-", "--fail-on-match", dataDir()))
        .isEqualTo(ExitCodes.MATCHES);
    assertThat(out.toString().lines().filter(l -> l.startsWith("{")).count()).isEqualTo(3);
    Path clean = dir.resolve("clean.csv");
    Files.writeString(clean, "name\nAcme Corp\n");
    assertThat(run("screen", clean.toString(), "-o", dir.resolve("c.jsonl").toString(), "--format", "jsonl",
        "--fail-on-match", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(run("screen", input.toString(), "-o", dir.resolve("x.jsonl").toString(), "--format", "jsonl", dataDir()))
        .as("matches without --fail-on-match are still ok").isEqualTo(ExitCodes.OK);
  }

  @Test
  void badInputGivesExitCodeThreeWithFileAndReason() throws Exception {
    assertThat(run("screen", dir.resolve("missing.csv").toString(), dataDir())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("missing.csv").contains("file not found");
    Path noName = dir.resolve("noname.csv");
    Files.writeString(noName, "id,country\n1,CN\n");
    assertThat(run("screen", noName.toString(), dataDir())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("noname.csv:1: no name column");
    Path latin = dir.resolve("latin.csv");
    Files.write(latin, new byte[] {'n', 'a', 'm', 'e', '\n', 'C', (byte) 0xE9, '\n'});
    Path target = dir.resolve("latin.jsonl");
    assertThat(run("screen", latin.toString(), "-o", target.toString(), "--format", "jsonl", dataDir()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("latin.csv:2").contains("--encoding");
    assertThat(target).as("no half-written report").doesNotExist();
    assertThat(run("screen", latin.toString(), "-o", target.toString(), "--format", "jsonl", "--encoding",
        "windows-1252", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(target)).contains("Cé");
  }

  @Test
  void usageErrorsGiveExitCodeTwo() {
    assertThat(run("screen", dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("screen", input.toString(), "--threshold", "1.5", dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("screen", input.toString(), "--format", "pdf", dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("lists", "import", dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(run("lists", "import", "nosuchlist", input.toString(), dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown dataset 'nosuchlist'");
  }

  @Test
  void dataProblemsGiveExitCodeFour() {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), System.err, false,
        d -> { throw new DataException("cannot open the data directory " + d + ": database disk image is malformed"); });
    assertThat(Main.run(ctx, "match", "Hikvision", dataDir())).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("database disk image is malformed");
    assertThat(run("lists", "import", "us-csl", dir.resolve("nope.csv").toString(), dataDir())).isEqualTo(ExitCodes.DATA);
  }

  @Test
  void matchPrintsTheHitWithItsLegalBasis() throws Exception {
    assertThat(run("match", "HIKVISION", "--country", "CN", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("0.920  Hangzhou Hikvision Digital Technology Co., Ltd.")
        .contains("why: name 'HIKVISION' ~ alias 'Hikvision'")
        .contains("Entity List (EL) - Bureau of Industry and Security; 84 FR 54002, 85 FR 44159; since 2019-10-09");
    out.getBuffer().setLength(0);
    assertThat(run("match", "Hikvision", "--json", "--fail-on-match", dataDir())).isEqualTo(ExitCodes.MATCHES);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/results/0/source_ids/0").asText()).isEqualTo("us-csl:" + FakeWorkspace.CSL_ID);
    out.getBuffer().setLength(0);
    assertThat(run("match", "Acme", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("No match for \"Acme\"");
    assertThat(run("screen", input.toString(), "--schema", "Ship", dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown schema 'Ship'");
    assertThat(run("match", "Hikvision", "--schema", "Boat", dataDir())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown schema 'Boat'").contains("Vessel");
    out.getBuffer().setLength(0);
    assertThat(run("match", "Hikvision", "--schema", "Vessel", "--json", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(new ObjectMapper().readTree(out.toString()).at("/query/schema").asText()).isEqualTo("Vessel");
  }

  @Test
  void listsShowsWhatIsLoadedAndImportAddsIt() {
    assertThat(run("lists", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("No lists loaded");
    assertThat(run("lists", "import", "--bundled", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(run("lists", "import", "us-ofac-sdn", input.toString(), dataDir())).isEqualTo(ExitCodes.OK);
    out.getBuffer().setLength(0);
    assertThat(run("lists", dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("us-csl").contains("snapshot 2022-04-21 (").contains(" days old)")
        .contains("bundled snapshot").contains("us-ofac-sdn");
  }

  @Test
  void compareScoresTwoNamesAndAFileOfPairs() throws Exception {
    assertThat(run("compare", "Hangzhou Hikvision Digital Technology Co., Ltd.", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD"))
        .isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).containsPattern("^1\\.000  match").contains("why: ");
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "left,right,schema\nMegvii Technology,MEGVII TECHNOLOGY LIMITED,Company\n"
        + "Megvii Technology,Demant A/S,Company\n");
    Path scored = dir.resolve("scored.csv");
    assertThat(run("compare", "--pairs", pairs.toString(), "-o", scored.toString())).isEqualTo(ExitCodes.OK);
    List<String> lines = Files.readAllLines(scored);
    assertThat(lines.get(0)).isEqualTo("left,right,schema,score,match,explanation");
    assertThat(lines.get(1)).contains(",true,");
    assertThat(lines.get(2)).contains(",false,");
    Files.writeString(pairs, "a,b\nx,y\n");
    assertThat(run("compare", "--pairs", pairs.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("compare", "only one")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void evalPrintsPrecisionRecallAndSpeedPerSet() throws Exception {
    // the first pairs of each bundled evaluation set (tiescan-match/src/test/resources/eval)
    Path bundled = Path.of("").toAbsolutePath().getParent().resolve(EvalCommand.DEFAULT_SETS);
    Path sets = Files.createDirectories(dir.resolve("eval"));
    for (String file : org.tiescan.match.eval.Evaluator.SET_FILES) {
      Files.write(sets.resolve(file), Files.readAllLines(bundled.resolve(file)).subList(0, 40));
    }
    assertThat(run("eval", sets.toString(), "--shared-data", dir.resolve("none").toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).containsPattern("== latin-variants: \\d+ pairs").contains("== han-english (ror): ")
        .containsPattern("default   latin-variants +t=0\\.70  P=[01]\\.\\d{3} R=[01]\\.\\d{3} F1=")
        .contains("held-out half").contains("pairs/s scored");
    assertThat(run("eval", dir.resolve("missing").toString())).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void screensXlsxAndJsonLinesWithColumnFlags() throws Exception {
    Path xlsx = Path.of("").toAbsolutePath().getParent().resolve("examples/suppliers.xlsx");
    Path out1 = dir.resolve("x.csv");
    assertThat(run("screen", xlsx.toString(), "--format", "csv", "-o", out1.toString(), dataDir())).isEqualTo(ExitCodes.OK);
    // the fake matcher finds only names containing "hikvision"; the XLSX must give the CSV's rows
    long expected = Files.readAllLines(xlsx.resolveSibling("suppliers.csv")).stream()
        .filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("hikvision")).count();
    assertThat(expected).isGreaterThan(3);
    assertThat(Files.readAllLines(out1)).filteredOn(l -> l.contains(",match,")).hasSize((int) expected);
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(jsonl, "{\"ref\": \"A1\", \"firm\": \"HIKVISION\", \"land\": \"CN\"}\n");
    Path out2 = dir.resolve("y.jsonl");
    assertThat(run("screen", jsonl.toString(), "--name-column", "firm", "--country-column", "land", "--id-column", "ref",
        "--format", "jsonl", "-o", out2.toString(), dataDir())).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out2)).contains("\"firm\":\"HIKVISION\"").contains("84 FR 54002");
    assertThat(run("screen", jsonl.toString(), "--name-column", "nom", dataDir())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--name-column names column 'nom'");
  }

  @Test
  void snapshotAgeIsShownToThePrecisionOfItsDate() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
    assertThat(ListsCommand.age("2026-11-01", today)).isEqualTo("21 days old");
    assertThat(ListsCommand.age("2022-05", today)).isEqualTo("54 months old");
    assertThat(ListsCommand.age("2021", today)).isEqualTo("5 years old");
    assertThat(ListsCommand.age("May 2022", today)).isEqualTo("age unknown");
  }

  @Test
  void helpShowsTheExitCodeTable() {
    assertThat(run("--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Exit codes:").contains("3  bad input").contains("screen").contains("match");
    out.getBuffer().setLength(0);
    assertThat(run("screen", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("--fail-on-match").contains("Exit codes:");
  }
}
