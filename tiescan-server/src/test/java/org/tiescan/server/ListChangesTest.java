package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.cli.CliContext;
import org.tiescan.cli.Main;
import org.tiescan.cli.Workspaces;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.cases.CaseStores;

/**
 * A list version imported by another process while the server runs: the server picks it up
 * ({@code reloadIfListsChanged}) and shows what changed, in the API and on the lists page. Two
 * versions of the real UN excerpt (tiescan-sources test resources): the older one lacks entry
 * KPe.014 and the Chinese-script alias of KPe.016, as in ListsDiffCommandTest.
 */
class ListChangesTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int cli(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, Main.defaultOpener());
    return Main.run(ctx, args);
  }

  @Test
  void aNewVersionIsLoadedAndItsChangesShown() throws Exception {
    Path full = TestServer.REPO.resolve("tiescan-sources/src/test/resources/official/un-sc-consolidated-excerpt.xml");
    String xml = Files.readString(full);
    String older = xml.substring(0, xml.indexOf("    <ENTITY>\n      <DATAID>690765"))
        + xml.substring(xml.indexOf("    <ENTITY>\n      <DATAID>690767"));
    older = older.replace("      <ENTITY_ALIAS>\n        <QUALITY>a.k.a.</QUALITY>\n        <ALIAS_NAME>朝鲜联合机械贸易会社</ALIAS_NAME>\n"
        + "      </ENTITY_ALIAS>\n", "");
    Path data = dir.resolve("data");
    assertThat(cli("lists", "import", "un-sc-sanctions", Files.writeString(dir.resolve("older.xml"), older).toString(),
        "--data-dir", data.toString())).as(err.toString()).isZero();
    CliContext quiet = new CliContext(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, Main.defaultOpener());
    DataDirectory store = DataDirectory.open(data);
    try (Backend backend = new Backend(() -> Workspaces.openReady(quiet, data), store, CaseStores.sqlite(store));
         TestServer s = TestServer.on(backend, ServerOptions.defaults().withRate(1000))) {
      assertThat(TestServer.json(s.get("/search?q=" + TestServer.form("KOREA KUMRYONG TRADING CORPORATION") + "&threshold=0.9",
          s.viewer)).path("results")).isEmpty();

      assertThat(cli("lists", "import", "un-sc-sanctions", full.toString(), "--data-dir", data.toString())).as(err.toString()).isZero();
      assertThat(backend.reloadIfListsChanged()).isTrue();
      assertThat(backend.reloadIfListsChanged()).isFalse();

      JsonNode diff = TestServer.json(s.get("/lists/un-sc-sanctions/diff", s.viewer));
      assertThat(diff.path("added").path(0).path("id").asText()).isEqualTo("un-sc-sanctions-690765");
      assertThat(diff.path("changed").path(0).path("fields").toString()).contains("朝鲜联合机械贸易会社");
      assertThat(TestServer.json(s.get("/search?q=" + TestServer.form("KOREA KUMRYONG TRADING CORPORATION"), s.viewer))
          .at("/results/0/id").asText()).isEqualTo("un-sc-sanctions-690765");
      String page = s.get("/ui/lists", s.viewer).body();
      assertThat(page).contains("1 added, 0 removed, 1 changed").contains("KOREA KUMRYONG TRADING CORPORATION")
          .contains("朝鲜联合机械贸易会社");
    }
  }
}
