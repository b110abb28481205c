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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.graph.Edge;
import org.tiescan.graph.Provenance;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.graph.curated.CuratedDataset;

/**
 * Exposure through the ownership graph, end to end with the real engines: a fresh data directory
 * gets the bundled lists and the curated dataset, a supplier file is screened, and the hits on
 * unlisted subsidiaries and brands must reach their listed parents with the documented link and its
 * sources. Expected links and sources are read from data/curated, not written here.
 */
class ExposureEndToEndTest {
  private static final Path REPO = Path.of("").toAbsolutePath().getParent();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static final StringWriter err = new StringWriter();
  private static int exitCode;
  private static String previousBundled;
  private static CuratedDataset curated;

  @BeforeAll
  static void screenSuppliers() throws Exception {
    previousBundled = System.getProperty("tiescan.bundled.lists");
    System.setProperty("tiescan.bundled.lists", REPO.resolve("data/lists").toString());
    curated = CuratedCompiler.compile(REPO.resolve("data/curated"));
    Path input = dir.resolve("suppliers.csv");
    Files.writeString(input, String.join("\n", "supplier_id,name,country",
        "S1,\"Hangzhou Ezviz Network Co., Ltd.\",CN",
        "S2,EZVIZ,CN",
        "S3,\"Chengdu Dahua Wisdom Information Technology Co., Ltd.\",CN",
        "S4,杭州海康威视数字技术股份有限公司,CN",
        "S5,Northwind Garden Supplies,GB", ""), StandardCharsets.UTF_8);
    exitCode = run(new StringWriter(), "screen", input.toString(), "--data-dir", data(), "-o",
        dir.resolve("reports").toString(), "--format", "jsonl,csv,html", "--fail-on-match", "-q");
  }

  @AfterAll
  static void restore() {
    if (previousBundled == null) System.clearProperty("tiescan.bundled.lists");
    else System.setProperty("tiescan.bundled.lists", previousBundled);
  }

  private static String data() {
    return dir.resolve("data").toString();
  }

  private static int run(StringWriter out, String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, StoreWorkspace::open);
    return Main.run(ctx, args);
  }

  private static JsonNode line(String supplierId) throws Exception {
    for (String l : Files.readAllLines(dir.resolve("reports/suppliers.screening.jsonl"))) {
      JsonNode n = JSON.readTree(l);
      if (n.at("/input/supplier_id").asText().equals(supplierId)) return n;
    }
    throw new AssertionError("no line for " + supplierId);
  }

  private static JsonNode best(String supplierId) throws Exception {
    JsonNode results = line(supplierId).get("results");
    assertThat(results).as(supplierId + " has results").isNotEmpty();
    return results.get(0);
  }

  private static Edge edge(String from, String to) {
    return curated.relationships().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
        .orElseThrow(() -> new AssertionError("data/curated has no link " + from + " -> " + to));
  }

  /** The path in {@code result}'s exposure that reaches {@code target}, checked step by step against the curated link. */
  private static void assertReaches(JsonNode result, String target, Edge firstLink) {
    JsonNode reached = null;
    for (JsonNode c : result.at("/exposure/connected_listed")) if (c.get("id").asText().equals(target)) reached = c;
    assertThat(reached).as(result.get("caption") + " reaches " + target + " in " + result.get("exposure")).isNotNull();
    assertThat(reached.get("designations")).isNotEmpty();
    JsonNode step = reached.at("/paths/0/steps/0");
    assertThat(step.get("from").asText()).isEqualTo(firstLink.from());
    assertThat(step.get("to").asText()).isEqualTo(firstLink.to());
    assertThat(step.get("relation").asText()).isEqualTo(firstLink.type().key());
    List<String> urls = new ArrayList<>();
    step.get("sources").forEach(s -> urls.add(s.get("url").asText()));
    assertThat(urls).containsAll(firstLink.sources().stream().map(Provenance::url).distinct().toList());
  }

  @Test
  void screeningFindsMatchesAndWritesEveryReport() {
    assertThat(exitCode).as(err.toString()).isEqualTo(ExitCodes.MATCHES);
    assertThat(err.toString()).contains("imported tiescan-curated");
  }

  @Test
  void ezvizByFullNameIsAnExposureHitReachingHikvision() throws Exception {
    JsonNode hit = best("S1");
    assertThat(hit.get("id").asText()).isEqualTo("ts-ezviz");
    assertThat(hit.get("match").asBoolean()).isTrue();
    assertThat(hit.get("designations")).as("EZVIZ itself is not listed").isEmpty();
    assertThat(hit.get("basis").asText()).isEqualTo("exposure");
    assertReaches(hit, "ts-hikvision", edge("ts-ezviz", "ts-hikvision"));
    assertThat(hit.at("/exposure/connected_listed/0/paths/0/description").asText()).contains("subsidiary of");
  }

  @Test
  void theBrandAloneReachesHikvisionToo() throws Exception {
    JsonNode hit = best("S2");
    assertThat(hit.get("graph_id").asText()).isEqualTo("ts-ezviz");
    assertThat(hit.at("/explanation/matched_name").asText()).isEqualTo("EZVIZ");
    assertReaches(hit, "ts-hikvision", edge("ts-ezviz", "ts-hikvision"));
  }

  @Test
  void chengduDahuaWisdomReachesZhejiangDahuaItsParentOn1260H() throws Exception {
    JsonNode hit = best("S3");
    assertThat(hit.get("graph_id").asText()).isEqualTo("ts-chengdu-dahua-wisdom");
    Edge link = edge("ts-chengdu-dahua-wisdom", "ts-dahua");
    assertThat(link.sources()).allMatch(s -> s.sourceId().startsWith("us-dod-1260h"));
    assertReaches(hit, "ts-dahua", link);
    assertThat(curated.entity("ts-dahua").orElseThrow().names()).contains("Zhejiang Dahua Technology Co., Ltd.");
  }

  @Test
  void hikvisionsChineseNameMatchesThroughTheCuratedName() throws Exception {
    JsonNode hit = best("S4");
    assertThat(hit.get("graph_id").asText()).isEqualTo("ts-hikvision");
    assertThat(hit.get("basis").asText()).isEqualTo("listed");
    assertThat(hit.at("/explanation/matched_name").asText()).isEqualTo("杭州海康威视数字技术股份有限公司");
    assertThat(hit.get("designations").toString()).contains("84 FR 54002");
  }

  /** Issue 3's golden spellings: each finds Hikvision's Entity List and NS-CMIC designations, explained. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"杭州海康威视数字技术股份有限公司", "Hangzhou Haikang Weishi", "HIKVISION",
      "Hangzhou Hikvision Digital Tech Co Ltd", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD."})
  void everyGoldenSpellingOfHikvisionFindsItsDesignations(String name) throws Exception {
    StringWriter out = new StringWriter();
    assertThat(run(out, "match", name, "--json", "--data-dir", data())).isEqualTo(ExitCodes.OK);
    StringBuilder designations = new StringBuilder();
    for (JsonNode r : JSON.readTree(out.toString()).get("results")) {
      if (r.get("score").asDouble() < 0.9 || !r.get("caption").asText().toLowerCase().contains("hikvision")) continue;
      designations.append(r.get("designations"));
      assertThat(r.at("/explanation/features")).as(name).isNotEmpty();
      assertThat(r.at("/explanation/summary").asText()).as(name).contains("score");
    }
    assertThat(designations.toString()).as(name).contains("84 FR 54002").contains("13959");
  }

  @Test
  void oneOrganisationIsOneResult() throws Exception {
    for (String id : List.of("S1", "S2", "S3", "S4")) {
      List<String> graphIds = new ArrayList<>();
      line(id).get("results").forEach(r -> graphIds.add(r.get("graph_id").asText()));
      assertThat(graphIds).as(id).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyLineParsesAndEveryResultCarriesItsExposure() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve("reports/suppliers.screening.jsonl"));
    assertThat(lines).hasSize(5);
    for (String l : lines) {
      for (JsonNode r : JSON.readTree(l).get("results")) {
        assertThat(r.has("exposure") && r.get("exposure").has("connected_listed")).as(l).isTrue();
        assertThat(r.at("/exposure/ownership_rules")).isNotEmpty();
      }
    }
  }

  @Test
  void csvAndHtmlShowTheReadablePath() throws Exception {
    String csv = Files.readString(dir.resolve("reports/suppliers.screening.csv"));
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",basis,exposure_path");
    assertThat(csv.lines().filter(l -> l.startsWith("S1,")).findFirst().orElseThrow())
        .startsWith("S1,\"Hangzhou Ezviz Network Co., Ltd.\",CN,exposure,ts-ezviz")
        .contains("Hangzhou EZVIZ Network Co., Ltd. → subsidiary of → Hangzhou Hikvision Digital Technology Co., Ltd. (")
        .contains("84 FR 54002");
    String html = Files.readString(dir.resolve("reports/suppliers.screening.html"));
    assertThat(html).contains("exposure through ownership/affiliation (not itself listed)")
        .contains("Exposure through ownership and affiliation")
        .contains("→ subsidiary of → Hangzhou Hikvision Digital Technology Co., Ltd.")
        .contains(edge("ts-ezviz", "ts-hikvision").sources().get(0).title());
  }

  @Test
  void matchShowsTheExposurePathAndItsSources() {
    StringWriter out = new StringWriter();
    assertThat(run(out, "match", "EZVIZ", "--data-dir", data())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("basis: exposure through ownership/affiliation")
        .contains("exposure: Hangzhou EZVIZ Network Co., Ltd. → subsidiary of → Hangzhou Hikvision")
        .contains("source: " + edge("ts-ezviz", "ts-hikvision").sources().get(0).title());
  }

  @Test
  void exposureFlagsLimitTheWalk() throws Exception {
    StringWriter off = new StringWriter();
    run(off, "match", "EZVIZ", "--json", "--exposure-depth", "0", "--data-dir", data());
    assertThat(JSON.readTree(off.toString()).at("/results/0").has("exposure")).isFalse();
    StringWriter ownershipOnly = new StringWriter();
    run(ownershipOnly, "match", "EZVIZ", "--json", "--relations", "ownership", "--data-dir", data());
    JsonNode r = JSON.readTree(ownershipOnly.toString()).at("/results/0");
    assertThat(r.at("/exposure/connected_listed")).as("the EZVIZ link is a subsidiary link, not ownership").isEmpty();
    assertThat(run(new StringWriter(), "match", "EZVIZ", "--relations", "cousin", "--data-dir", data()))
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void entityShowsDesignationsAndNeighboursByCuratedIdListIdOrName() throws Exception {
    StringWriter out = new StringWriter();
    assertThat(run(out, "entity", "ts-hikvision", "--json", "--data-dir", data())).isEqualTo(ExitCodes.OK);
    JsonNode e = JSON.readTree(out.toString());
    assertThat(e.get("id").asText()).isEqualTo("ts-hikvision");
    assertThat(e.get("designations").toString()).contains("84 FR 54002");
    List<String> neighbours = new ArrayList<>();
    e.at("/neighbourhood/nodes").forEach(n -> neighbours.add(n.get("id").asText()));
    assertThat(neighbours).contains("ts-ezviz");
    assertThat(e.get("evidence")).isNotEmpty();

    StringWriter byListId = new StringWriter();
    assertThat(run(byListId, "entity", "us-ofac-cons-30946", "--data-dir", data())).isEqualTo(ExitCodes.OK);
    assertThat(byListId.toString()).startsWith("Hangzhou Hikvision Digital Technology Co., Ltd.  [Company, ts-hikvision]");

    Path svg = dir.resolve("ezviz.svg");
    Path html = dir.resolve("ezviz.html");
    StringWriter byName = new StringWriter();
    assertThat(run(byName, "entity", "EZVIZ", "--svg", svg.toString(), "--html", html.toString(), "--data-dir", data()))
        .isEqualTo(ExitCodes.OK);
    assertThat(byName.toString()).contains("ts-ezviz");
    assertThat(Files.readString(svg)).contains("<svg").contains("Hikvision");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains("Designations");

    assertThat(run(new StringWriter(), "entity", "zzzz qqqq xxxx", "--data-dir", data())).isEqualTo(ExitCodes.DATA);
  }

  /**
   * The list records of the graph are kept after the first run ({@link GraphRecords}); a later run builds
   * its graph from them and reports the same, and a kept file that cannot be read is picked again.
   */
  @Test
  void laterRunsBuildTheGraphFromTheKeptRecordsAndReportTheSame() throws Exception {
    Path cache = dir.resolve("data/cache");
    List<Path> kept;
    try (var files = Files.list(cache)) {
      kept = files.filter(f -> f.getFileName().toString().startsWith(StoreWorkspace.GRAPH_RECORDS + "-")).toList();
    }
    assertThat(kept).hasSize(1);
    Path file = kept.get(0);
    String original = Files.readString(file);
    assertThat(original).as("OFAC records linked to Hikvision's").contains("\"id\":\"us-ofac-cons-30946\"");
    String first = Files.readString(dir.resolve("reports/suppliers.screening.jsonl"));

    Object inode = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    assertThat(screenAgain("again")).isEqualTo(first);
    assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .as("read, not picked and written again").isEqualTo(inode);

    Files.writeString(file, "{\"id\": \"broken\n");
    PrintStream stderr = System.err;
    ByteArrayOutputStream note = new ByteArrayOutputStream();
    System.setErr(new PrintStream(note, true, StandardCharsets.UTF_8));
    try {
      assertThat(screenAgain("after-damage")).isEqualTo(first);
    } finally {
      System.setErr(stderr);
    }
    assertThat(note.toString(StandardCharsets.UTF_8)).contains("cannot read the graph's kept records, picking them again")
        .contains(file + ":1: not a record");
    assertThat(Files.readString(file)).as("picked and kept again").isEqualTo(original);
  }

  private static String screenAgain(String name) throws Exception {
    Path out = dir.resolve(name + ".jsonl");
    assertThat(run(new StringWriter(), "screen", dir.resolve("suppliers.csv").toString(), "--data-dir", data(), "-o",
        out.toString(), "--format", "jsonl", "-q")).isEqualTo(ExitCodes.OK);
    return Files.readString(out);
  }
}
