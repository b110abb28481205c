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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists diff} and {@code lists history} over two versions of the real UN excerpt: the older
 * one lacks entry KPe.014 and the Chinese-script alias of KPe.016 (both removed from the real file),
 * so the newer one adds an entry and changes a field.
 */
class ListsDiffCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private java.time.Instant betweenImports;

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, StoreWorkspace::open);
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data-dir=" + dir.resolve("data")))
        .toArray(String[]::new);
    return Main.run(ctx, all);
  }

  private Path twoVersions() throws Exception {
    Path full = Path.of("../tiescan-sources/src/test/resources/official/un-sc-consolidated-excerpt.xml");
    String xml = Files.readString(full);
    String older = xml.substring(0, xml.indexOf("    <ENTITY>\n      <DATAID>690765"))
        + xml.substring(xml.indexOf("    <ENTITY>\n      <DATAID>690767"));
    older = older.replace("      <ENTITY_ALIAS>\n        <QUALITY>a.k.a.</QUALITY>\n        <ALIAS_NAME>朝鲜联合机械贸易会社</ALIAS_NAME>\n      </ENTITY_ALIAS>\n", "");
    Path olderFile = Files.writeString(dir.resolve("older.xml"), older);
    assertThat(run("lists", "import", "un-sc-sanctions", olderFile.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
    Thread.sleep(5); // so that an instant lies strictly between the two imports
    betweenImports = java.time.Instant.now();
    Thread.sleep(5);
    assertThat(run("lists", "import", "un-sc-sanctions", full.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
    out.getBuffer().setLength(0);
    return full;
  }

  @Test
  void textNamesAddedEntriesAndChangedFieldsOldToNew() throws Exception {
    twoVersions();
    assertThat(run("lists", "diff", "un-sc-sanctions")).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("un-sc-sanctions: version 1 -> 2: 1 added, 0 removed, 1 changed")
        .contains("+ un-sc-sanctions-690765  ")
        .contains("KOREA KUMRYONG TRADING CORPORATION")
        .contains("~ un-sc-sanctions-690767")
        .contains("alias: (none) -> \"朝鲜联合机械贸易会社\"");
  }

  @Test
  void jsonCarriesTheSameDiff() throws Exception {
    twoVersions();
    assertThat(run("lists", "diff", "un-sc-sanctions", "--json")).isEqualTo(ExitCodes.OK);
    JsonNode diff = new ObjectMapper().readTree(out.toString()).get("diffs").get(0);
    assertThat(diff.get("from_version").asLong()).isEqualTo(1);
    assertThat(diff.get("added").get(0).get("id").asText()).isEqualTo("un-sc-sanctions-690765");
    JsonNode field = diff.get("changed").get(0).get("fields").get(0);
    assertThat(field.get("field").asText()).isEqualTo("alias");
    assertThat(field.get("old")).isEmpty();
    assertThat(field.get("new").get(0).asText()).isEqualTo("朝鲜联合机械贸易会社");
  }

  @Test
  void sinceAnInstantBetweenTheImportsComparesWithTheVersionCurrentThen() throws Exception {
    twoVersions();
    assertThat(run("lists", "diff", "un-sc-sanctions", "--since", betweenImports.toString(), "--json")).isEqualTo(ExitCodes.OK);
    JsonNode diff = new ObjectMapper().readTree(out.toString()).get("diffs").get(0);
    assertThat(diff.get("from_version").asLong()).isEqualTo(1);
    assertThat(diff.get("to_version").asLong()).isEqualTo(2);
    out.getBuffer().setLength(0);
    // a date after both imports: the current version compared with itself, nothing changed
    String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
    assertThat(run("lists", "diff", "un-sc-sanctions", "--since", tomorrow)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).doesNotContain("+ un-sc-sanctions-690765");
  }

  @Test
  void sinceADateBeforeAnyImportSaysSoAndHistoryListsBothVersions() throws Exception {
    twoVersions();
    assertThat(run("lists", "diff", "un-sc-sanctions", "--since", "2001-01-01")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("no version was current at 2001-01-01");
    assertThat(run("lists", "diff", "--since", "not-a-date")).isEqualTo(ExitCodes.USAGE);
    out.getBuffer().setLength(0);
    assertThat(run("lists", "history", "un-sc-sanctions")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("   2  current").contains("   1  superseded").contains("3 entities").contains("4 entities");
  }
}
