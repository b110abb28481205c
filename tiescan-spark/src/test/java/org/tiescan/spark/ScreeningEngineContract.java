package org.tiescan.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.EntityScreeningJob;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.LocalEngine;
import org.tiescan.screen.engine.ScreenerSource;
import org.tiescan.screen.engine.ScreeningEngine;
import org.tiescan.screen.engine.ScreeningSettings;
import org.tiescan.screen.input.ColumnMapping;

/**
 * What every screening engine must do, on real list entries (see src/test/resources/contract/README.md):
 * the same hits, scores, explanations, exposure and problems as the local engine, one line per input
 * record in input order. Bound to {@link LocalEngine} and to the Spark engine on local[2].
 */
abstract class ScreeningEngineContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  ScreeningSummary summary;

  /** The engine under test. */
  abstract ScreeningEngine engine();

  /** How the engine's workers get the lists of {@link TestLists#bundle()}. */
  abstract ScreenerSource lists(ScreeningSettings settings) throws IOException;

  /** The engine's JSON lines, in the order the engine wrote them. */
  abstract List<String> lines(Path output) throws IOException;

  List<String> screen(String resource, ScreeningSettings settings) throws IOException {
    EngineInput in = input(resource);
    ColumnMapping columns = ColumnMapping.detect(in.location(), engine().columns(in), null);
    Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
    summary = engine().run(in, new EntityScreeningJob(lists(settings), in.location(), columns),
        new EngineOutput(out.toString(), null));
    return lines(out);
  }

  /** The same input screened by the local engine on one thread: the reference every engine must equal. */
  List<String> reference(String resource, ScreeningSettings settings) throws IOException {
    EngineInput in = input(resource);
    ColumnMapping columns = ColumnMapping.detect(in.location(), new LocalEngine(1).columns(in), null);
    Path bundle = TestLists.bundle();
    Path out = dir.resolve("reference-" + System.nanoTime() + ".jsonl");
    new LocalEngine(1).run(in, new EntityScreeningJob(() -> ListBundle.open(bundle, settings), in.location(), columns),
        new EngineOutput(out.toString(), null));
    return Files.readAllLines(out);
  }

  EngineInput input(String resource) throws IOException {
    Path f = dir.resolve(resource);
    if (!Files.exists(f)) {
      try (InputStream in = getClass().getResourceAsStream("/contract/" + resource)) {
        Files.copy(in, f);
      }
    }
    return EngineInput.of(f.toString());
  }

  static List<JsonNode> parse(List<String> lines) {
    return lines.stream().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  static List<String> partFiles(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    return lines;
  }

  static JsonNode byId(List<JsonNode> records, String id) {
    return records.stream().filter(r -> id.equals(r.path("input").path("id").asText())).findFirst().orElseThrow();
  }

  static List<String> resultIds(JsonNode record) {
    List<String> ids = new ArrayList<>();
    record.path("results").forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  @Test
  void csvGivesTheLocalEnginesLinesExactly() throws IOException {
    ScreeningSettings s = ScreeningSettings.defaults();
    assertThat(screen("parties.csv", s)).containsExactlyElementsOf(reference("parties.csv", s));
  }

  @Test
  void jsonLinesGiveTheLocalEnginesLinesExactly() throws IOException {
    ScreeningSettings s = ScreeningSettings.defaults();
    assertThat(screen("parties.jsonl", s)).containsExactlyElementsOf(reference("parties.jsonl", s));
  }

  @Test
  void aByteOrderMarkAndEmptyLinesReadAsLocally() throws IOException {
    Files.writeString(dir.resolve("bom.csv"), "\uFEFF\nid,name,country\n\n1,\"Zhejiang Dahua Technology Co., Ltd.\",CN\n"
        + "2,Siemens AG,DE\n");
    ScreeningSettings s = ScreeningSettings.defaults();
    List<String> lines = screen("bom.csv", s);
    assertThat(lines).containsExactlyElementsOf(reference("bom.csv", s));
    assertThat(parse(lines).get(0).path("results").get(0).path("caption").asText()).containsIgnoringCase("dahua");
  }

  @Test
  void quotedLineBreaksReadAsOneRecordOnItsFirstLine() throws IOException {
    ScreeningSettings s = ScreeningSettings.defaults();
    List<String> lines = screen("multiline.csv", s);
    assertThat(lines).containsExactlyElementsOf(reference("multiline.csv", s));
    List<JsonNode> out = parse(lines);
    assertThat(out).extracting(r -> r.path("input").path("id").asText()).containsExactly("M1", "M2", "M3");
    assertThat(summary.problems()).isZero();
    JsonNode gaobeidian = byId(out, "M1");
    assertThat(gaobeidian.path("input").path("name").asText()).contains("Instrument\nCo. Ltd");
    assertThat(gaobeidian.path("results").get(0).path("caption").asText()).containsIgnoringCase("gaobeidian");
    assertThat(byId(out, "M3").path("results").get(0).path("caption").asText()).containsIgnoringCase("hikvision");
  }

  @Test
  void optionsReachTheWorkers() throws IOException {
    ScreeningSettings s = new ScreeningSettings(0.9, 1, 0, List.of());
    List<String> lines = screen("parties.csv", s);
    assertThat(lines).containsExactlyElementsOf(reference("parties.csv", s));
    for (JsonNode r : parse(lines)) {
      assertThat(r.path("results").size()).isLessThanOrEqualTo(1);
      r.path("results").forEach(x -> {
        assertThat(x.path("score").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(x.has("exposure")).isFalse();
      });
    }
  }

  @Test
  void oneLinePerRecordInInputOrder() throws IOException {
    List<JsonNode> out = parse(screen("parties.csv", ScreeningSettings.defaults()));
    assertThat(out).extracting(r -> r.path("input").path("id").asText())
        .containsExactly("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11", "P12",
            "P13", "P14", "P15", "P16");
    assertThat(summary.records()).isEqualTo(16);
    assertThat(summary.problems()).isEqualTo(2);
  }

  @Test
  void hikvisionVariantsHitTheEntityListEntryWithItsCitation() throws IOException {
    List<JsonNode> out = parse(screen("parties.csv", ScreeningSettings.defaults()));
    for (String id : List.of("P01", "P02", "P03")) {
      JsonNode top = byId(out, id).path("results").get(0);
      assertThat(top.path("caption").asText()).containsIgnoringCase("hikvision");
      assertThat(top.path("match").asBoolean()).isTrue();
      assertThat(top.path("explanation").path("summary").asText()).isNotBlank();
      assertThat(top.toString()).contains("84 FR 54002");
    }
    assertThat(byId(out, "P01").path("results").get(0).path("score").asDouble()).isEqualTo(1.0);
  }

  @Test
  void chineseNamesAndIdentifiersHit() throws IOException {
    List<JsonNode> out = parse(screen("parties.csv", ScreeningSettings.defaults()));
    assertThat(byId(out, "P04").path("results").get(0).toString()).containsIgnoringCase("hikvision");
    assertThat(byId(out, "P07").path("results").get(0).toString()).contains("CNE100000PM8");
    assertThat(byId(out, "P08").path("results").get(0).path("caption").asText()).containsIgnoringCase("china mobile");
    assertThat(byId(out, "P09").path("results").get(0).path("caption").asText()).containsIgnoringCase("china mobile");
  }

  @Test
  void unrelatedNamesDoNotMatchAndBadRowsSayWhy() throws IOException {
    List<JsonNode> out = parse(screen("parties.csv", ScreeningSettings.defaults()));
    assertThat(resultIds(byId(out, "P11"))).isEmpty();
    assertThat(resultIds(byId(out, "P12"))).isEmpty();
    assertThat(byId(out, "P13").path("problem").path("message").asText()).isEqualTo("empty name");
    assertThat(byId(out, "P13").path("problem").path("line").asLong()).isEqualTo(14);
    assertThat(byId(out, "P14").path("problem").path("message").asText())
        .isEqualTo("row has 6 fields but the header has 5");
    assertThat(summary.firstProblems()).extracting(p -> p.line()).containsExactly(14L, 15L);
  }

  @Test
  void brokenJsonLinesAreReportedWithTheirLine() throws IOException {
    List<JsonNode> out = parse(screen("parties.jsonl", ScreeningSettings.defaults()));
    assertThat(out).hasSize(11);
    assertThat(out).filteredOn(r -> r.has("problem")).extracting(r -> r.path("problem").path("line").asLong())
        .containsExactly(9L, 10L, 11L);
    assertThat(Map.of("P02", byId(out, "P02").path("input").path("name").asText()))
        .containsEntry("P02", "HIKVISION; 海康威视");
  }
}
