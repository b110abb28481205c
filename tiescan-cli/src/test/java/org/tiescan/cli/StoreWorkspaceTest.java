package org.tiescan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.sources.ListSources;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists import} and {@code match} on the real store and index, with the 13-row CSL excerpt of
 * 2023 from ../shared/data/lists/us-csl/sample-2023.csv (trade.gov, public domain).
 */
class StoreWorkspaceTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, StoreWorkspace::open);
    return Main.run(ctx, args);
  }

  private static Path sample() {
    return Path.of(System.getProperty("tiescan.shared.data")).resolve("lists/us-csl/sample-2023.csv");
  }

  @Test
  void importsAListFileOfDetectedFormatThenMatchesAgainstIt() {
    String data = "--data-dir=" + dir.resolve("data");
    assertThat(run("lists", "import", sample().toString(), data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("imported us-csl").contains("sample-2023.csv");
    out.getBuffer().setLength(0);
    assertThat(run("match", "CETC 13th Research Institute", "--country", "China", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("China Electronics Technology Group Corporation 13th Research Institute")
        .contains("83 FR 37423");
  }

  @Test
  void screensByIdentifierColumnAgainstTheNsCmicList() throws Exception {
    String data = "--data-dir=" + dir.resolve("data");
    Path cons = Path.of(System.getProperty("tiescan.shared.data")).resolve("lists/us-ofac-consolidated");
    assertThat(run("lists", "import", "us-ofac-cons", cons.toString(), data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    Path input = dir.resolve("holdings.csv");
    // Hikvision's ISIN as published in its NS-CMIC remarks (cons_prim.csv, ent_num 30946); no name given
    Files.writeString(input, "security,issuer,isin\nH1,,CNE100000PM8\nH2,,\n");
    Path report = dir.resolve("holdings.jsonl");
    assertThat(run("screen", input.toString(), "--name-column", "issuer", "--format", "jsonl", "-o", report.toString(),
        data)).isEqualTo(ExitCodes.OK);
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"id\":\"us-ofac-cons-30946\"").contains("CMIC-EO13959");
    assertThat(lines.get(1)).contains("\"message\":\"empty name\"");
  }

  /**
   * A partial FollowTheMoney export: the CSL sample's entities as FtM lines, the first one left out, and an
   * OpenSanctions-style Sanction entity still naming it. The import keeps the others, counts the listing it
   * could not keep and shows it with its line.
   */
  @Test
  void importingAnFtmFileShowsTheListingsItCouldNotKeep() throws Exception {
    List<Entity> csl = new ArrayList<>();
    ListSources.forName("us-csl", sample()).read(sample(), csl::add);
    Entity missing = csl.get(0);
    ObjectNode sanction = EntityJson.mapper().createObjectNode().put("id", "sanction-of-" + missing.id())
        .put("schema", "Sanction");
    sanction.putObject("properties").putArray("entity").add(missing.id());
    List<String> lines = new ArrayList<>(List.of(sanction.toString()));
    csl.subList(1, csl.size()).forEach(e -> lines.add(EntityJson.toLine(e)));
    Path file = Files.write(dir.resolve("partial.ftm.json"), lines);

    assertThat(run("lists", "import", "ftm", file.toString(), "--data-dir=" + dir.resolve("data")))
        .as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains(String.format("%,d entities, 1 record skipped", csl.size() - 1))
        .contains("skipped: " + file + ":1").contains("'" + missing.id() + "', which is not in the file");
  }

  @Test
  void aFileThatIsNoListIsADataProblemAndChangesNothing() throws Exception {
    String data = "--data-dir=" + dir.resolve("data");
    Path notAList = dir.resolve("notes.csv");
    Files.writeString(notAList, "name,comment\nAcme,hello\n");
    assertThat(run("lists", "import", notAList.toString(), data)).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("cannot tell which list this is");
    assertThat(run("lists", "import", "us-csl", notAList.toString(), data)).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("notes.csv");
    out.getBuffer().setLength(0);
    assertThat(run("lists", data)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("No lists loaded");
  }

  @Test
  void aCorruptDatabaseIsADataProblem() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("tiescan.db"), "this is not an SQLite database, it only has its name");
    assertThat(run("lists", "--data-dir=" + data)).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains(data.toString());
  }

  /** A moved or deleted checkout must not leave the data directory unusable: the bundled copy is compiled instead. */
  @Test
  void aCuratedImportFolderThatIsGoneFallsBackToTheBundledCopy() throws Exception {
    String data = "--data-dir=" + dir.resolve("data");
    Path bundled = Path.of("../data/curated").toAbsolutePath().normalize();
    Path moved = dir.resolve("old-checkout/curated");
    Files.createDirectories(moved);
    try (var files = Files.list(bundled)) {
      for (Path f : files.toList()) if (Files.isRegularFile(f)) Files.copy(f, moved.resolve(f.getFileName()));
    }
    assertThat(run("lists", "import", "tiescan-curated", moved.toString(), data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    try (var files = Files.list(moved)) {
      for (Path f : files.toList()) Files.delete(f);
    }
    Files.delete(moved);
    String before = System.getProperty("tiescan.curated.data");
    System.setProperty("tiescan.curated.data", bundled.toString());
    PrintStream stderr = System.err;
    ByteArrayOutputStream note = new ByteArrayOutputStream();
    System.setErr(new PrintStream(note, true, StandardCharsets.UTF_8));
    try {
      out.getBuffer().setLength(0);
      assertThat(run("entity", "ts-hikvision", data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    } finally {
      System.setErr(stderr);
      if (before == null) System.clearProperty("tiescan.curated.data"); else System.setProperty("tiescan.curated.data", before);
    }
    assertThat(note.toString(StandardCharsets.UTF_8)).contains("is gone; using the bundled copy at " + bundled);
    assertThat(out.toString()).contains("Hangzhou EZVIZ Network");
  }
}
