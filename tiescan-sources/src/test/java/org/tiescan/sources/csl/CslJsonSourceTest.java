package org.tiescan.sources.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Prop;
import org.tiescan.sources.Collected;
import org.tiescan.sources.SourceFormatException;

class CslJsonSourceTest {
  @TempDir Path tmp;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(CslJsonSourceTest.class.getResource("/csl/" + name).toURI());
  }

  @Test
  void theJsonFormGivesTheSameEntitiesAsTheCsvRowsItWasDerivedFrom() throws Exception {
    Collected fromCsv = Collected.read(new CslCsvSource(), resource("csl-sample.csv"));
    Collected fromJson = Collected.read(new CslJsonSource(), resource("csl-sample.json"));
    assertThat(fromCsv.entities).hasSize(7);
    assertThat(fromJson.problems).isEmpty();
    assertThat(fromJson.entities).isEqualTo(fromCsv.entities);
    assertThat(fromJson.one(e -> e.id().equals("us-csl-30946")).values(Prop.ISIN)).containsExactly("CNE100000PM8");
  }

  @Test
  void theCsvFixtureRowsReadAsInTheFullFile() throws Exception {
    Collected fixture = Collected.read(new CslCsvSource(), resource("csl-sample.csv"));
    Collected full = Collected.cached(new CslCsvSource(), Collected.shared("lists/us-csl/consolidated-2022-05.csv"));
    assertThat(full.entities).containsAll(fixture.entities);
  }

  @Test
  void readsABareArrayAndGzip() throws Exception {
    String json = Files.readString(resource("csl-sample.json"));
    String array = json.substring(json.indexOf('[', json.indexOf("\"results\"")), json.lastIndexOf(']') + 1);
    Path gz = tmp.resolve("array.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(array.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(Collected.read(new CslJsonSource(), gz).entities).hasSize(7);
  }

  @Test
  void aRecordWithoutNameIsReportedWithItsLine() throws Exception {
    String json = Files.readString(resource("csl-sample.json")).replaceFirst("\"name\": \"[^\"]*\"", "\"name\": null");
    Path file = Files.writeString(tmp.resolve("noname.json"), json);
    Collected c = Collected.read(new CslJsonSource(), file);
    assertThat(c.entities).hasSize(6);
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("name");
      assertThat(p.line()).isEqualTo(5);
    });
  }

  @Test
  void truncatedJsonIsAFormatErrorWithItsLine() throws Exception {
    String json = Files.readString(resource("csl-sample.json"));
    Path file = Files.writeString(tmp.resolve("truncated.json"), json.substring(0, json.length() / 2));
    assertThatThrownBy(() -> Collected.read(new CslJsonSource(), file))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining(file.toString())
        .satisfies(e -> assertThat(((SourceFormatException) e).problem().line()).isGreaterThan(1));
  }

  @Test
  void contentAfterTheTopLevelValueIsAFormatError() throws Exception {
    Path file = Files.writeString(tmp.resolve("two.json"), "[]\n[{\"name\": \"x\"}]");
    assertThatThrownBy(() -> Collected.read(new CslJsonSource(), file))
        .isInstanceOf(SourceFormatException.class)
        .satisfies(e -> assertThat(((SourceFormatException) e).problem().line()).isEqualTo(2));
  }

  @Test
  void jsonThatIsNotTheCslIsAFormatError() throws Exception {
    Path other = Files.writeString(tmp.resolve("other.json"), "{\"total\": 0, \"items\": []}");
    assertThatThrownBy(() -> Collected.read(new CslJsonSource(), other))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("results");
    Path csv = Collected.shared("lists/us-csl/sample-2023.csv");
    assertThatThrownBy(() -> Collected.read(new CslJsonSource(), csv)).isInstanceOf(SourceFormatException.class);
  }
}
