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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquipmentCommandTest {
  static final Path SHARED = Path.of(System.getProperty("tiescan.shared.data"));
  static final Path FIXTURES = Path.of("../tiescan-screen/src/test/resources/equipment");
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, d -> new FakeWorkspace());
    return Main.run(ctx, args);
  }

  @Test
  void screensAnNmapReportAndWritesReports() throws Exception {
    int code = run("equipment", FIXTURES.resolve("scan.xml").toString(), "-o", dir.resolve("r").toString(),
        "--format", "jsonl,csv,html", "--fcc-covered", SHARED.resolve("lists/us-fcc-covered/table.csv").toString(),
        "--data-dir", dir.resolve("data").toString(), "--fail-on-match");
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.MATCHES);
    assertThat(out.toString()).contains("Screened 5 assets").contains("flagged: 2").contains("unknown: 2");
    List<String> lines = Files.readAllLines(dir.resolve("r/scan.equipment.screening.jsonl"));
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.at("/hit_key").asText()).isEqualTo("equipment:mac=4447CC3A1021:hikvision");
    assertThat(first.at("/rules/1/date").asText()).isEqualTo("2021-03-12");
    assertThat(Files.readString(dir.resolve("r/scan.equipment.screening.html"))).contains("Pub. L. 115-232");
  }

  @Test
  void badInventoryColumnIsExitCode3() {
    int code = run("equipment", FIXTURES.resolve("inventory.csv").toString(), "--mac-column", "nope", "-o", "-",
        "--format", "csv", "--data-dir", dir.resolve("data").toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--mac-column names column 'nope'");
  }

  @Test
  void dataLoadOuiStoresAVersionThatEquipmentThenUses() throws Exception {
    Path data = dir.resolve("data");
    assertThat(run("data", "load", "oui", SHARED.resolve("oui").toString(), "--data-dir", data.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("41,946 blocks");
    assertThat(Files.readString(data.resolve("oui/CURRENT")).strip()).matches("\\d{8}T\\d{9}");
    run("equipment", FIXTURES.resolve("ip-neigh.txt").toString(), "-o", "-", "--format", "csv", "--data-dir", data.toString());
    assertThat(err.toString()).contains("MAC registries: 41,946 blocks (loaded ");
    assertThat(out.toString()).contains("equipment:mac=6469BC000024:hytera");
  }

  @Test
  void failedLoadKeepsThePreviousVersion() throws Exception {
    Path data = dir.resolve("data");
    Path bad = Files.writeString(dir.resolve("oui.csv"), "Registry,Assignment,Organization Name,Organization Address\nMA-L,XYZ,Foo,\n");
    assertThat(run("data", "load", "oui", bad.toString(), "--data-dir", data.toString())).isEqualTo(ExitCodes.DATA);
    assertThat(err.toString()).contains("line 2 field Assignment");
    assertThat(data.resolve("oui/CURRENT")).doesNotExist();
  }

  private List<JsonNode> jsonLines(Path file) throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String l : Files.readAllLines(file)) out.add(new ObjectMapper().readTree(l));
    return out;
  }

  /**
   * The review loop on equipment: a recorded run puts the flagged assets in `review`; a cleared one
   * stays cleared on the next run (and no longer fails the pipeline); a registry that names the block's
   * owner differently changes the evidence, so it reopens with what changed. `monitor` does not rescreen devices.
   */
  @Test
  void recordedRunsKeepDecisionsOnEquipmentHitsAndReopenWhenTheEvidenceChanges() throws Exception {
    String data = dir.resolve("data").toString();
    Path scan = FIXTURES.resolve("scan.xml");
    Path report = dir.resolve("r.jsonl");
    assertThat(run("equipment", scan.toString(), "--case-store", "-o", report.toString(), "--format", "jsonl",
        "--data-dir", data)).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("recorded: equipment run 1 in the case store");
    JsonNode hik = jsonLines(report).get(0);
    assertThat(hik.at("/review/status").asText()).isEqualTo("pending");
    assertThat(hik.at("/review/observation").asText()).isEqualTo("new");
    long hit = hik.at("/review/hit").asLong();

    out.getBuffer().setLength(0);
    assertThat(run("review", "--format", "json", "--run", "1", "--data-dir", data)).isEqualTo(ExitCodes.OK);
    List<String> pending = out.toString().lines().toList();
    assertThat(pending).hasSize(2);
    assertThat(pending.get(0)).contains("\"counterparty\":\"equipment:mac=4447CC3A1021\"")
        .contains("\"entity_id\":\"ts-hikvision\"");

    assertThat(run("decide", Long.toString(hit), "--status", "cleared", "--reason", "decommissioned camera",
        "--reviewer", "alice", "--expect-version", "1", "--data-dir", data)).isEqualTo(ExitCodes.OK);

    // same evidence: the decision is kept; only the other (pending) asset fails the pipeline
    assertThat(run("equipment", scan.toString(), "--case-store", "-o", report.toString(), "--format", "jsonl",
        "--data-dir", data, "--fail-on-match")).isEqualTo(ExitCodes.MATCHES);
    hik = jsonLines(report).get(0);
    assertThat(hik.at("/review/status").asText()).isEqualTo("cleared");
    assertThat(hik.at("/review/observation").asText()).isEqualTo("unchanged");
    assertThat(hik.at("/review/reviewer").asText()).isEqualTo("alice");

    // an IEEE registry whose owner of block 44:47:CC is spelled differently: the evidence changed, reopened
    Path oui = Files.createDirectories(dir.resolve("oui-renamed")).resolve("oui.csv");
    Files.writeString(oui, Files.readString(SHARED.resolve("oui/oui.csv")).replace(
        "MA-L,4447CC,\"Hangzhou Hikvision Digital Technology Co.,Ltd.\"", "MA-L,4447CC,\"Hangzhou Hikvision Digital Technology Co., Ltd.\""));
    Path html = dir.resolve("r.html");
    run("equipment", scan.toString(), "--case-store", "-o", html.toString(), "--format", "html", "--data-dir", data,
        "--oui", oui.getParent().toString());
    assertThat(Files.readString(html)).contains("Review:</strong> hit " + hit + " v3: pending (reopened: oui removed");
    out.getBuffer().setLength(0);
    run("review", "--data-dir", data);
    assertThat(out.toString()).contains("hit " + hit + " v3  equipment:mac=4447CC3A1021 -> Hangzhou Hikvision")
        .contains("changed: oui removed [4447CC/24 (MA-L) Hangzhou Hikvision Digital Technology Co.,Ltd.]");

    assertThat(run("monitor", "--data-dir", data)).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("the register is empty");
  }
}
