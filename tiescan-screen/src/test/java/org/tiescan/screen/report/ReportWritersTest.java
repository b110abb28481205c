package org.tiescan.screen.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.Fixtures;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.input.InputRecord;

class ReportWritersTest {
  private static final String FILE = "suppliers.csv";

  private static ScreenedRecord record(long line, String id, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("supplier_id", id);
    fields.put("name", name);
    Query q = Query.ofName(name);
    List<MatchResult> results = Fixtures.fakeMatcher().match(q, MatchOptions.defaults());
    return new ScreenedRecord(InputRecord.of(line, fields), q, results, null);
  }

  private static List<ScreenedRecord> records() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("supplier_id", "S3");
    bad.put("name", "");
    RecordProblem p = new RecordProblem(FILE, 4, "name", "empty name");
    return List.of(record(2, "S1", "HIKVISION <script>alert(1)</script>"), record(3, "S2", "Acme & Sons"),
        new ScreenedRecord(InputRecord.of(4, bad), null, List.of(), p));
  }

  private static ScreeningSummary summary() {
    return new ScreeningSummary(FILE, 3, 2, 1, 1, List.of(new RecordProblem(FILE, 4, "name", "empty name")),
        Duration.ofMillis(1500));
  }

  private static String run(ResultSink sink, StringWriter out) {
    for (ScreenedRecord r : records()) sink.accept(r);
    sink.finish(summary());
    sink.close();
    return out.toString();
  }

  @Test
  void jsonLinesFollowTheMachineContract() throws Exception {
    StringWriter out = new StringWriter();
    String text = run(new JsonLinesReport(out), out);
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(3);
    ObjectMapper m = new ObjectMapper();
    JsonNode hit = m.readTree(lines[0]);
    assertThat(hit.get("input").get("supplier_id").asText()).isEqualTo("S1");
    JsonNode r = hit.get("results").get(0);
    assertThat(r.get("id").asText()).isEqualTo("us-csl-" + Fixtures.HIKVISION_CSL_ID);
    assertThat(r.get("caption").asText()).isEqualTo("Hangzhou Hikvision Digital Technology Co., Ltd.");
    assertThat(r.get("schema").asText()).isEqualTo("Company");
    assertThat(r.get("properties").get("alias").get(0).asText()).isEqualTo("Hikvision");
    assertThat(r.get("datasets").get(0).asText()).isEqualTo("us-csl");
    assertThat(r.get("source_ids").get(0).asText()).isEqualTo("us-csl:" + Fixtures.HIKVISION_CSL_ID);
    assertThat(r.get("score").asDouble()).isEqualTo(0.9);
    assertThat(r.get("match").asBoolean()).isTrue();
    assertThat(r.get("explanation").get("summary").asText()).contains("HIKVISION");
    assertThat(r.get("explanation").get("features").get(0).get("name").asText()).isEqualTo("name.tokens");
    JsonNode d = r.get("designations").get(0);
    assertThat(d.get("citations").get(0).asText()).isEqualTo("84 FR 54002");
    assertThat(d.get("start_date").asText()).isEqualTo("2019-10-09");
    assertThat(d.get("source_url").asText()).isEqualTo("http://bit.ly/1L47xrV");
    assertThat(m.readTree(lines[1]).get("results")).isEmpty();
    JsonNode bad = m.readTree(lines[2]);
    assertThat(bad.get("problem").get("line").asLong()).isEqualTo(4);
    assertThat(bad.get("problem").get("message").asText()).isEqualTo("empty name");
  }

  @Test
  void csvHasEveryInputRowWithItsHitColumns() throws Exception {
    StringWriter out = new StringWriter();
    String text = run(new CsvReport(out, List.of("supplier_id", "name")), out);
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text)).getRecords();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("supplier_id", "name", "status", "matched_id")
        .contains("citation", "matched_name", "explanation");
    assertThat(rows.get(0).get("status")).isEqualTo("match");
    assertThat(rows.get(0).get("citation")).isEqualTo("84 FR 54002; 85 FR 44159");
    assertThat(rows.get(0).get("list")).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
    assertThat(rows.get(0).get("score")).isEqualTo("0.900");
    assertThat(rows.get(1).get("status")).isEqualTo("no match");
    assertThat(rows.get(1).get("matched_id")).isEmpty();
    assertThat(rows.get(2).get("status")).isEqualTo("problem");
    assertThat(rows.get(2).get("problem")).isEqualTo("suppliers.csv:4 [name]: empty name");
  }

  @Test
  void htmlShowsLegalBasisAndEscapesInput() {
    StringWriter out = new StringWriter();
    String html = run(new HtmlReport(out, "Screening <suppliers>"), out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("84 FR 54002; 85 FR 44159")
        .contains("Entity List (EL) - Bureau of Industry and Security")
        .contains("<a href=\"http://bit.ly/1L47xrV\"")
        .contains("HIKVISION &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>").doesNotContain("Acme & Sons")
        .contains("Screening &lt;suppliers&gt;")
        .contains("suppliers.csv:4 [name]: empty name")
        .contains("2019-10-09");
    assertThat(html).doesNotContainPattern("(?i)<link|src=\"http|@import");
    assertThat(html).as("a clean record is not listed").doesNotContain("Acme");
  }

  /**
   * The records with hits are rendered into a temporary file as they come and copied into the page at the
   * end, in input order; the file is gone after close, also when the run failed before finish.
   */
  @Test
  void htmlKeepsRenderedRecordsOnDiskUntilThePageIsWritten() throws Exception {
    java.util.Set<java.nio.file.Path> before = reportParts();
    StringWriter out = new StringWriter();
    HtmlReport report = new HtmlReport(out, "Screening");
    List<ScreenedRecord> records = records();
    for (int i = 0; i < 3; i++) records.forEach(report::accept);
    assertThat(reportParts()).as("a temporary file while screening").hasSize(before.size() + 1);
    report.finish(summary());
    report.close();
    assertThat(reportParts()).isEqualTo(before);
    String html = out.toString();
    assertThat(html.split("<article class=\"record\">", -1)).as("each record with a hit, three times").hasSize(4);
    assertThat(html).contains("Records with hits (3)").endsWith("</main></body></html>\n");
    assertThat(html.indexOf("suppliers.csv:4 [name]: empty name")).isGreaterThan(html.lastIndexOf("<article"));

    HtmlReport failed = new HtmlReport(new StringWriter(), "Screening");
    records.forEach(failed::accept);
    failed.close();
    assertThat(reportParts()).as("nothing left after a failed run").isEqualTo(before);
  }

  private static java.util.Set<java.nio.file.Path> reportParts() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().matches("tiescan-report-.*\\.html\\.part"))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void terminalSummaryShowsCountsTopHitsAndProblems() {
    StringWriter out = new StringWriter();
    TerminalSummary t = new TerminalSummary(new PrintWriter(out), 5, "supplier_id");
    run(t, out);
    assertThat(out.toString()).contains("Screened 2 of 3 records from suppliers.csv")
        .contains("with hits:    1").contains("line 2 S1").contains("Hangzhou Hikvision Digital Technology Co., Ltd.")
        .contains("84 FR 54002").contains("suppliers.csv:4 [name]: empty name");
  }

  @Test
  void progressBarRedrawsOnTerminalsAndPrintsLinesOtherwise() {
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream tty = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(tty, true, StandardCharsets.UTF_8), true, 10_000_000_000L, now::get);
    now.set(1_000_000_000L);
    bar.progress(500, 0.5);
    assertThat(tty.toString(StandardCharsets.UTF_8)).startsWith("\r[###############---------------]  50%  500 records, 500/s");

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    now.set(0);
    ProgressBar quiet = new ProgressBar(new PrintStream(log, true, StandardCharsets.UTF_8), false, 10_000_000_000L, now::get);
    List<String> seen = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      now.set(i * 1_000_000_000L);
      quiet.progress(i, -1);
    }
    log.toString(StandardCharsets.UTF_8).lines().forEach(seen::add);
    assertThat(seen).containsExactly("screening: 10 records, 1/s", "screening: 20 records, 1/s", "screening: 30 records, 1/s");
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
  }
}
