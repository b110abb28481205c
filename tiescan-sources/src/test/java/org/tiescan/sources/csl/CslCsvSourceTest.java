package org.tiescan.sources.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.model.Schema;
import org.tiescan.sources.Collected;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.support.ExtraProps;

class CslCsvSourceTest {
  static final Path CSL = Collected.shared("lists/us-csl/consolidated-2022-05.csv");
  static final String EL = "Entity List (EL) - Bureau of Industry and Security";
  static Collected csl;

  @TempDir Path tmp;

  @BeforeAll
  static void readOnce() throws IOException {
    csl = Collected.cached(new CslCsvSource(), CSL);
  }

  static Designation designation(Entity e) {
    return e.designations().get(0);
  }

  @Test
  void readsEveryRowOfTheMay2022File() {
    assertThat(csl.entities).hasSize(14_160);
    assertThat(csl.problems).isEmpty();
    assertThat(csl.entities).allSatisfy(e -> {
      assertThat(e.id()).startsWith("us-csl-");
      assertThat(e.sourceIds()).containsExactly("us-csl:" + e.id().substring("us-csl-".length()));
      assertThat(e.datasets()).containsExactly("us-csl");
      assertThat(e.designations()).hasSize(1);
      assertThat(e.values(Prop.NAME)).hasSize(1);
    });
  }

  @Test
  void everyEntityListRowOf84FR54002KeepsCitationNamesAddressesAndChina() {
    List<Entity> rows = csl.where(e -> designation(e).list().equals(EL) && designation(e).citations().contains("84 FR 54002"));
    assertThat(rows).hasSize(27);
    assertThat(rows).allSatisfy(e -> {
      assertThat(designation(e).dataset()).isEqualTo("us-bis-entity-list");
      assertThat(designation(e).authority()).isEqualTo("U.S. Department of Commerce, BIS");
      assertThat(designation(e).startDate()).isEqualTo("2019-10-09");
      assertThat(e.values(Prop.ADDRESS)).isNotEmpty();
      assertThat(e.values(Prop.COUNTRY)).contains("cn");
      assertThat(e.schema()).isNotEqualTo(Schema.PERSON);
    });
    Entity hikvision = csl.one(e -> e.caption().equals("Hangzhou Hikvision Digital Technology Co., Ltd."));
    assertThat(hikvision.schema()).isEqualTo(Schema.COMPANY);
    assertThat(hikvision.values(Prop.ALIAS)).containsExactly("Hikvision");
    assertThat(hikvision.values(Prop.ADDRESS)).hasSize(3).first().isEqualTo("No. 555 Qianmo Road, Binjiang District, Hangzhou, 310052, CN");
    assertThat(designation(hikvision).citations()).containsExactly("84 FR 54002", "85 FR 44159");
    assertThat(designation(hikvision).reason()).contains("License requirement: For all items subject to the EAR.");
    assertThat(designation(hikvision).sourceId()).isEqualTo("f095626c9f8becc70b5948507fb6de6e443b257a");
  }

  /** Cross-check against an independent parse of the same file with plain commons-csv. */
  @Test
  void the84FR54002RowsMatchTheRawFileFieldByField() throws IOException {
    int checked = 0;
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(CSL))) {
      for (var row : parser) {
        if (!row.get("source").equals(EL) || !row.get("federal_register_notice").contains("84 FR 54002")) continue;
        checked++;
        Entity e = csl.one(x -> x.id().equals("us-csl-" + row.get("_id")));
        assertThat(e.values(Prop.NAME)).containsExactly(row.get("name").strip());
        for (String alt : CslCsvSource.split(row.get("alt_names"))) assertThat(e.values(Prop.ALIAS)).contains(alt);
        assertThat(e.values(Prop.ADDRESS)).containsExactlyElementsOf(CslCsvSource.split(row.get("addresses")));
        assertThat(designation(e).citations()).contains("84 FR 54002");
      }
    }
    assertThat(checked).isEqualTo(27);
  }

  @Test
  void nsCmicRowsCarryProgramTickerIsinAndUscc() {
    List<Entity> cmic = csl.where(e -> designation(e).dataset().equals("us-ofac-ns-cmic"));
    assertThat(cmic).hasSize(68).allSatisfy(e -> assertThat(designation(e).programs()).contains("CMIC-EO13959"));
    Entity hikvision = csl.one(e -> e.id().equals("us-csl-30946"));
    assertThat(hikvision.values(Prop.TICKER)).containsExactly("002415 CN");
    assertThat(hikvision.values(Prop.ISIN)).containsExactly("CNE100000PM8");
    assertThat(hikvision.values(Prop.USCC)).containsExactly("91330000733796106P");
    assertThat(designation(hikvision).startDate()).isEqualTo("2021-06-03");
    assertThat(hikvision.values(Prop.ALIAS)).contains("HIKVISION", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY");
  }

  @Test
  void sdnRowsKeepPersonDataAndLinkedTo() {
    Entity makki = csl.one(e -> e.id().equals("us-csl-26860"));
    assertThat(makki.schema()).isEqualTo(Schema.PERSON);
    assertThat(makki.values(Prop.BIRTH_DATE)).containsExactly("1957-10-10");
    assertThat(makki.values(Prop.COUNTRY)).containsExactly("iq");
    assertThat(makki.values(ExtraProps.LINKED_TO)).containsExactly("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE");
    assertThat(designation(makki).programs()).containsExactly("IFSR", "IRGC", "SDGT");
    assertThat(designation(makki).dataset()).isEqualTo("us-ofac-sdn");
  }

  @Test
  void questionMarkApostrophesGetAnApostropheAlias() {
    Entity isVision = csl.one(e -> e.caption().equals("IS?Vision"));
    assertThat(isVision.values(Prop.NAME)).containsExactly("IS?Vision");
    assertThat(isVision.values(Prop.ALIAS)).contains("IS'Vision");
    assertThat(CslMapper.apostropheSpelling("FKU Uprdor ?Taman?")).isNull();
  }

  @Test
  void readsTheFullyQuoted2023Sample() throws IOException {
    Collected sample = Collected.read(new CslCsvSource(), Collected.shared("lists/us-csl/sample-2023.csv"));
    assertThat(sample.entities).hasSize(13);
    assertThat(sample.problems).isEmpty();
    assertThat(sample.entities.get(0).id()).isEqualTo("us-csl-233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b");
  }

  @Test
  void derivesStableIdsFor2019RowsWithoutId() throws IOException {
    Path file = Collected.shared("lists/us-csl/sample-2019.csv");
    Collected first = Collected.read(new CslCsvSource(), file);
    Collected second = Collected.read(new CslCsvSource(), file);
    assertThat(first.entities).hasSize(115);
    assertThat(first.ids()).isEqualTo(second.ids());
    assertThat(first.ids()).filteredOn(id -> id.startsWith("us-csl-sha1-")).isNotEmpty();
    Entity dpl = first.one(e -> e.caption().equals("ADRIAN MANUEL HERNANDEZ"));
    assertThat(dpl.id()).matches("us-csl-sha1-[0-9a-f]{40}");
  }

  @Test
  void idsAreStableAcrossReads() throws IOException {
    assertThat(Collected.read(new CslCsvSource(), CSL).ids()).isEqualTo(csl.ids());
  }

  @Test
  void readsGzipTransparently() throws IOException {
    Path gz = tmp.resolve("consolidated.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(Collected.shared("lists/us-csl/sample-2023.csv"), out);
    }
    assertThat(Collected.read(new CslCsvSource(), gz).entities).hasSize(13);
  }

  @Test
  void raggedRowIsReportedWithLineAndFieldAndSkipped() throws IOException {
    List<String> lines = Files.readAllLines(Collected.shared("lists/us-csl/sample-2019.csv"));
    String cut = lines.get(2).substring(0, lines.get(2).indexOf(",,,") + 1);
    Path file = write("ragged.csv", lines.get(0), lines.get(1), cut, lines.get(3));
    Collected c = Collected.read(new CslCsvSource(), file);
    assertThat(c.entities).hasSize(2);
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file.toString());
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isNotBlank();
      assertThat(p.message()).contains("fields");
    });
  }

  @Test
  void emptyNameIsReportedAndSkipped() throws IOException {
    List<String> lines = Files.readAllLines(Collected.shared("lists/us-csl/sample-2023.csv"));
    String noName = lines.get(2).replace("\"Atlas Sanatgaran\"", "\"  \"");
    Path file = write("noname.csv", lines.get(0), lines.get(1), noName);
    Collected c = Collected.read(new CslCsvSource(), file);
    assertThat(c.entities).hasSize(1);
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("name");
    });
  }

  @Test
  void truncatedFileInsideAQuotedFieldIsAFormatErrorAtItsLine() throws IOException {
    List<String> lines = Files.readAllLines(Collected.shared("lists/us-csl/sample-2023.csv"));
    String half = lines.get(3).substring(0, lines.get(3).length() / 2);
    Path file = write("truncated.csv", lines.get(0), lines.get(1), lines.get(2), half);
    assertThatThrownBy(() -> Collected.read(new CslCsvSource(), file))
        .isInstanceOf(SourceFormatException.class)
        .satisfies(e -> assertThat(((SourceFormatException) e).problem().line()).isEqualTo(4))
        .hasMessageContaining(file.toString());
  }

  @Test
  void wrongFormatNamesTheMissingColumn() {
    Path sdn = Collected.shared("lists/us-ofac-sdn/sdn.csv");
    assertThatThrownBy(() -> Collected.read(new CslCsvSource(), sdn))
        .isInstanceOf(SourceFormatException.class)
        .satisfies(e -> {
          RecordProblem p = ((SourceFormatException) e).problem();
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.field()).isEqualTo("source");
        });
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws IOException {
    List<String> lines = Files.readAllLines(Collected.shared("lists/us-csl/sample-2023.csv"));
    byte[] good = (lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = (lines.get(2).replace("Atlas", "Atl\u00e4s") + "\n").getBytes(StandardCharsets.ISO_8859_1);
    Path file = tmp.resolve("latin1.csv");
    Files.write(file, concat(good, latin1));
    assertThatThrownBy(() -> Collected.read(new CslCsvSource(), file))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("UTF-8")
        .satisfies(e -> assertThat(((SourceFormatException) e).problem().line()).isEqualTo(3));
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(tmp.resolve(name), List.of(lines));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
