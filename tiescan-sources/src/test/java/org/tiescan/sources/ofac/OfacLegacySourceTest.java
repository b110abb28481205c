package org.tiescan.sources.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;
import org.tiescan.sources.Collected;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.support.ExtraProps;

class OfacLegacySourceTest {
  static final Path SDN_DIR = Collected.shared("lists/us-ofac-sdn");
  static final Path CONS_DIR = Collected.shared("lists/us-ofac-consolidated");
  static Collected sdn;
  static Collected cons;

  @TempDir Path tmp;

  @BeforeAll
  static void readOnce() throws IOException {
    sdn = Collected.cached(new OfacLegacySource(OfacLegacySource.Variant.SDN), SDN_DIR);
    cons = Collected.cached(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED), CONS_DIR);
  }

  static Designation designation(Entity e) {
    return e.designations().get(0);
  }

  static Entity byId(Collected c, String id) {
    return c.one(e -> e.id().equals(id));
  }

  /**
   * MANIFEST.md counts 8,977 sdn and 443 cons_prim lines; the last line of each is OFAC's DOS
   * end-of-file character (0x1A), not an entry, so the files hold 8,976 and 442 entries.
   */
  @Test
  void readsEverySdnAndConsolidatedRow() throws IOException {
    assertThat(Files.readAllLines(SDN_DIR.resolve("sdn.csv"))).hasSize(8_977).last().isEqualTo("\u001a");
    assertThat(Files.readAllLines(CONS_DIR.resolve("cons_prim.csv"))).hasSize(443).last().isEqualTo("\u001a");
    assertThat(sdn.entities).hasSize(8_976);
    assertThat(sdn.problems).isEmpty();
    assertThat(cons.entities).hasSize(442);
    assertThat(cons.problems).isEmpty();
    assertThat(sdn.entities).allSatisfy(e -> {
      assertThat(e.id()).matches("us-ofac-sdn-\\d+");
      assertThat(designation(e).dataset()).isEqualTo("us-ofac-sdn");
    });
    assertThat(cons.ids()).allMatch(id -> id.matches("us-ofac-cons-\\d+"));
  }

  @Test
  void everyAltRowBecomesANameOfItsEntity() throws IOException {
    for (String[] variant : new String[][] {{"us-ofac-sdn", "alt.csv"}, {"us-ofac-consolidated", "cons_alt.csv"}}) {
      Collected c = variant[0].equals("us-ofac-sdn") ? sdn : cons;
      String prefix = variant[0].equals("us-ofac-sdn") ? "us-ofac-sdn-" : "us-ofac-cons-";
      var byId = new java.util.HashMap<String, Entity>();
      c.entities.forEach(e -> byId.put(e.id(), e));
      for (String line : Files.readAllLines(Collected.shared("lists/" + variant[0] + "/" + variant[1]))) {
        String[] f = line.split(",", 4);
        if (f.length < 4) continue;
        String altName = f[3].substring(1, f[3].lastIndexOf("\","));
        assertThat(byId.get(prefix + f[0]).names()).as(line).contains(altName);
      }
    }
  }

  @Test
  void sdnEntryKeepsAliasesAddressesCountriesAndRemarkAliases() {
    Entity bnc = byId(sdn, "us-ofac-sdn-306");
    assertThat(bnc.caption()).isEqualTo("BANCO NACIONAL DE CUBA");
    assertThat(bnc.values(Prop.ALIAS)).contains("NATIONAL BANK OF CUBA", "BNC");
    assertThat(bnc.values(Prop.ADDRESS)).contains("Zweierstrasse 35, Zurich CH-8022, Switzerland");
    assertThat(bnc.values(Prop.COUNTRY)).contains("ch");
    assertThat(designation(bnc).programs()).containsExactly("CUBA");
    assertThat(designation(bnc).sourceId()).isEqualTo("306");
  }

  @Test
  void programsAreSplitAsOfacWritesThem() {
    assertThat(OfacEntityMapper.programs("SDGT] [IRGC] [IFSR")).containsExactly("SDGT", "IRGC", "IFSR");
    assertThat(sdn.where(e -> designation(e).programs().size() > 1)).isNotEmpty()
        .allSatisfy(e -> assertThat(designation(e).programs()).noneMatch(p -> p.contains("[") || p.contains("]")));
  }

  @Test
  void commentsContinueTruncatedRemarks() {
    Entity rosselkhoz = byId(cons, "us-ofac-cons-17014");
    assertThat(rosselkhoz.values(Prop.REGISTRATION_NUMBER)).contains("1027700342890");
    assertThat(rosselkhoz.values(Prop.ALIAS)).contains("RUSAG");
    Entity cifuentes = byId(sdn, "us-ofac-sdn-12300");
    assertThat(cifuentes.schema()).isEqualTo(Schema.PERSON);
    assertThat(cifuentes.values(ExtraProps.LINKED_TO)).contains("RED MUNDIAL INMOBILIARIA, S.A. DE C.V.", "R D I S.A");
  }

  @Test
  void everyNsCmicEntryCarriesItsProgramAndTheTickersAndIsinsOfItsRemarks() throws IOException {
    List<Entity> cmic = cons.where(e -> designation(e).dataset().equals("us-ofac-ns-cmic"));
    assertThat(cmic).hasSize(68);
    List<String> rawRemarks = rawCmicRemarks();
    assertThat(rawRemarks).hasSize(68);
    assertThat(cmic).allSatisfy(e -> {
      Designation d = designation(e);
      assertThat(d.programs()).contains("CMIC-EO13959");
      assertThat(d.list()).isEqualTo("Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)");
      assertThat(d.authority()).isEqualTo("U.S. Department of the Treasury, OFAC");
      assertThat(d.startDate()).matches("\\d{4}-\\d{2}-\\d{2}");
      String remarks = d.reason();
      assertThat(e.values(Prop.TICKER)).containsAll(all(remarks, "Equity Ticker ([^;]+?)(?:;|\\.$)"));
      assertThat(e.values(Prop.ISIN)).containsAll(all(remarks, "ISIN ([A-Z0-9]{12})"));
      assertThat(e.values(Prop.USCC)).containsAll(all(remarks, "\\(USCC\\) ([0-9A-Z]{18})"));
    });
    long withIsin = cmic.stream().filter(e -> !e.values(Prop.ISIN).isEmpty()).count();
    long rawWithIsin = rawRemarks.stream().filter(r -> r.contains("ISIN ")).count();
    assertThat(withIsin).isEqualTo(rawWithIsin).isPositive();
  }

  @Test
  void hikvisionOnNsCmic() {
    Entity hikvision = byId(cons, "us-ofac-cons-30946");
    assertThat(hikvision.caption()).isEqualTo("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.");
    assertThat(hikvision.schema()).isEqualTo(Schema.COMPANY);
    assertThat(hikvision.values(Prop.TICKER)).containsExactly("002415 CN");
    assertThat(hikvision.values(Prop.ISIN)).containsExactly("CNE100000PM8");
    assertThat(hikvision.values(Prop.USCC)).containsExactly("91330000733796106P");
    assertThat(hikvision.values(Prop.ALIAS)).contains("HIKVISION");
    assertThat(designation(hikvision).startDate()).isEqualTo("2021-06-03");
    // OFAC's record gives only the program code; the legal basis comes from program-authorities.tsv
    assertThat(designation(hikvision).citations())
        .containsExactly("E.O. 13959, 85 FR 73185 (Nov. 17, 2020)", "E.O. 14032, 86 FR 30145 (June 7, 2021)");
    assertThat(hikvision.sourceIds()).containsExactly("us-ofac-cons:30946");
  }

  @Test
  void idsAreStableAcrossReads() throws IOException {
    assertThat(Collected.read(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED), CONS_DIR).ids()).isEqualTo(cons.ids());
  }

  @Test
  void detectsTheVariantAndReadsGzipAndUpperCaseNames() throws IOException {
    assertThat(OfacLegacySource.detect(SDN_DIR)).isEqualTo(OfacLegacySource.Variant.SDN);
    assertThat(OfacLegacySource.detect(CONS_DIR)).isEqualTo(OfacLegacySource.Variant.CONSOLIDATED);
    for (String f : List.of("cons_prim", "cons_alt", "cons_add", "cons_comments")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve(f.toUpperCase() + ".CSV.gz")))) {
        Files.copy(CONS_DIR.resolve(f + ".csv"), out);
      }
    }
    assertThat(Collected.read(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED), tmp).ids()).isEqualTo(cons.ids());
  }

  @Test
  void raggedPrimaryRowIsReportedAndSkipped() throws IOException {
    List<String> prim = Files.readAllLines(CONS_DIR.resolve("cons_prim.csv"));
    List<String> cut = new ArrayList<>(prim.subList(0, 5));
    cut.set(2, cut.get(2).substring(0, cut.get(2).indexOf(",-0- ,")));
    Files.write(tmp.resolve("cons_prim.csv"), cut);
    Files.copy(CONS_DIR.resolve("cons_alt.csv"), tmp.resolve("cons_alt.csv"));
    Files.copy(CONS_DIR.resolve("cons_add.csv"), tmp.resolve("cons_add.csv"));
    Collected c = Collected.read(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED), tmp);
    assertThat(c.entities).hasSize(4);
    assertThat(c.problems).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith("cons_prim.csv");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.field()).isEqualTo("title");
    });
  }

  @Test
  void missingCompanionFileOrWrongLocationIsAFormatError() throws IOException {
    Files.copy(CONS_DIR.resolve("cons_prim.csv"), tmp.resolve("cons_prim.csv"));
    assertThatThrownBy(() -> Collected.read(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED), tmp))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("cons_alt.csv");
    assertThatThrownBy(() -> Collected.read(new OfacLegacySource(OfacLegacySource.Variant.SDN), SDN_DIR.resolve("sdn.csv")))
        .isInstanceOf(SourceFormatException.class).hasMessageContaining("directory");
  }

  @Test
  void weakAliasRemarkAndFkaChooseTheNameProperty() {
    assertThat(OfacEntityMapper.aliasProperty("aka", "weak")).isEqualTo(Prop.WEAK_ALIAS);
    assertThat(OfacEntityMapper.aliasProperty("fka", "")).isEqualTo(Prop.PREVIOUS_NAME);
    assertThat(OfacEntityMapper.aliasProperty("nka", "")).isEqualTo(Prop.ALIAS);
  }

  private static List<String> rawCmicRemarks() throws IOException {
    return Files.readAllLines(CONS_DIR.resolve("cons_prim.csv")).stream().filter(l -> l.contains("\"CMIC-EO13959\"")).toList();
  }

  private static List<String> all(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) out.add(m.group(1).strip());
    return out;
  }
}
