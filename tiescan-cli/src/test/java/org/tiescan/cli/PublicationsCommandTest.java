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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.Matcher;
import org.tiescan.model.Entity;
import org.tiescan.sources.ListSources;
import org.tiescan.text.NameAnalyzers;

/** `tiescan data load ror` and `tiescan publications` on the publication fixtures and five real CSL rows. */
class PublicationsCommandTest {
  static final Path FIXTURES = Path.of("../tiescan-screen/src/test/resources/publications").toAbsolutePath();
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** A workspace whose lists are the CSL slice of the fixtures (Beihang, Harbin IT, NUDT, Huawei). */
  private static final class SliceWorkspace implements Workspace {
    @Override public List<LoadedList> lists() {
      return List.of(new LoadedList("us-csl", "CSL slice", "2022-04-21", "fixture", Instant.now().toString(), 5));
    }
    @Override public List<LoadedList> importBundled() { return lists(); }
    @Override public LoadedList importList(String dataset, Path location) { throw new UnsupportedOperationException(); }
    @Override public List<String> importableDatasets() { return List.of(); }
    @Override public Matcher matcher() {
      List<Entity> es = new ArrayList<>();
      Path csl = FIXTURES.resolve("csl-slice.csv");
      try {
        ListSources.forName("us-csl", csl).read(csl, es::add);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return MatchIndex.inMemory(es.iterator(), NameAnalyzers.standard());
    }
    @Override public void close() {}
  }

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, d -> new SliceWorkspace());
    return Main.run(ctx, args);
  }

  @Test
  void loadsRorThenFlagsWorksAndWritesEveryReport() throws Exception {
    Path data = dir.resolve("data");
    assertThat(run("data", "load", "ror", FIXTURES.resolve("ror-v2-cn-sample.jsonl").toString(), "--data-dir", data.toString()))
        .as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("276 organisations");
    int code = run("publications", FIXTURES.resolve("scopus.bib").toString(), FIXTURES.resolve("crossref-works.json").toString(),
        "--format", "jsonl,csv,html", "-o", dir.resolve("r").toString(), "--data-dir", data.toString(), "--fail-on-match");
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.MATCHES);
    assertThat(err.toString()).contains("ROR: 276 organisations");
    assertThat(out.toString()).contains("Screened 4 of 5 works").contains("flagged:            2")
        .contains("Harbin Institute of Technology [Entity List (EL) - Bureau of Industry and Security, 85 FR 34497]");
    List<String> lines = Files.readAllLines(dir.resolve("r/scopus.publications.screening.jsonl"));
    JsonNode lab = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(lab.at("/authors/0/affiliations/0/hits/0/via").asText()).isEqualTo("ror_parent");
    assertThat(lab.at("/authors/0/affiliations/0/hits/0/result/designations/0/citations/0").asText()).startsWith("66 FR 24266");
    assertThat(Files.readString(dir.resolve("r/scopus.publications.screening.html"))).contains("<svg").contains("Tianmushan Laboratory");
    assertThat(Files.readString(dir.resolve("r/scopus.publications.screening.csv"))).contains("Tianmushan Laboratory (https://ror.org/03smwa682) → parent → Beihang University").doesNotContain("peerj");
  }

  @Test
  void yearRangeLeavesWorksOutAndUnknownFileIsExitCode3() {
    int code = run("publications", FIXTURES.resolve("zotero.ris").toString(), "--from", "2017", "-o", "-", "--format", "csv",
        "--data-dir", dir.resolve("data").toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("outside years:      1 (no year: 0)").contains("flagged:            0");
    assertThat(out.toString()).startsWith("file,line,doi").doesNotContain("北京航空航天大学");
    assertThat(run("publications", FIXTURES.resolve("README.md").toString(), "--data-dir", dir.resolve("data").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("not a known publications export");
  }

  @Test
  void brokenRorDumpIsRefusedAndNothingStored() throws Exception {
    Path bad = Files.writeString(dir.resolve("ror.jsonl"), "{\"id\": \"https://ror.org/00wk2mp56\", \"names\": []}\n{\"id\": \"nope\"}\n");
    Path data = dir.resolve("data");
    assertThat(run("data", "load", "ror", bad.toString(), "--data-dir", data.toString())).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("ror.jsonl:2 [id]: not a ROR id");
    assertThat(data.resolve("ror/CURRENT")).doesNotExist();
  }
}
