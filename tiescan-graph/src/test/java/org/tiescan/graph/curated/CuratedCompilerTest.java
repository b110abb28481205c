package org.tiescan.graph.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.RecordProblem;

/** Every kind of mistake in a curated file is reported with its file, line, entry and field. */
class CuratedCompilerTest {
  static CuratedDataset bad() throws Exception {
    return CuratedCompiler.compile(Path.of(CuratedCompilerTest.class.getResource("/curated-bad/bad.yaml").toURI()));
  }

  static List<String> problems() throws Exception {
    return bad().problems().stream().map(RecordProblem::toString).toList();
  }

  @Test
  void namesFileLineEntryAndFieldOfEachMistake() throws Exception {
    assertThat(problems()).contains(
        "bad.yaml:4 [source no-publisher publisher]: missing; every source needs title, publisher, date and url",
        "bad.yaml:7 [ts-good id]: duplicate entity id (also in bad.yaml)",
        "bad.yaml:45 [ts-rel-dangling to]: no entity with id 'ts-missing'",
        "bad.yaml:48 [ts-rel-unsourced sources]: unknown source 'nowhere'");
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:11 [ts-bad-uscc properties.uscCode[0]]: not a valid USCC"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:16 [ts-bad-isin properties.isinCode[0]]: not a valid ISIN"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:21 [ts-no-source properties.name[0].sources]: no source"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:25 [ts-bad-country schema]: must be one of"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:25 [ts-bad-country properties.country[0]]: not an ISO 3166-1"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:34 [ts-listed designations[0].source]: a list source needs the row"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:40 [ts-person designations]: individuals appear only as designated"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:46 [ts-rel-bad-share share]: must be a percentage"));
    assertThat(problems()).anyMatch(p -> p.startsWith("bad.yaml:47 [ts-rel-bad-type type]: unknown relationship type 'sister'"));
  }

  @Test
  void keepsTheGoodEntriesAndDropsOnlyBrokenLinks() throws Exception {
    CuratedDataset d = bad();
    assertThat(d.valid()).isFalse();
    assertThat(d.entity("ts-good")).isPresent();
    assertThat(d.relationships()).extracting(r -> r.id()).containsExactly("ts-rel-bad-share");
    assertThat(d.relationships().get(0).share()).isNull();
  }

  @Test
  void unreadableYamlIsReportedWithItsFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.yaml"), "entities: [ {id: ts-a, schema: Company\n");
    CuratedDataset d = CuratedCompiler.compile(dir);
    assertThat(d.problems()).hasSize(1);
    assertThat(d.problems().get(0).file()).isEqualTo("broken.yaml");
    assertThat(d.problems().get(0).message()).startsWith("not valid YAML");
  }
}
