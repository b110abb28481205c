package org.tiescan.screen.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screener on the real IEEE registries of ../shared/data/oui and the real FCC Covered List file. */
class RealRegistryTest {
  static final Path SHARED = Path.of(System.getProperty("tiescan.shared.data"));
  static EquipmentScreener screener;
  static List<CSVRecord> maL;

  @BeforeAll
  static void load() throws IOException {
    OuiRegistry registry = OuiRegistry.loadDirectory(SHARED.resolve("oui"));
    screener = EquipmentData.screener(TestData.repoData(), registry,
        SHARED.resolve("lists/us-fcc-covered/table.csv"), 0.8);
    try (Reader r = Files.newBufferedReader(SHARED.resolve("oui/oui.csv"))) {
      maL = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  static EquipmentFinding screenMac(String mac) {
    return screener.screen(new Asset(1, "", mac, "", "", "", "", Map.of(), null));
  }

  /** A device address inside the block: the prefix, then low bits that are not the all-zero one. */
  static String macIn(String prefix) {
    return (prefix + "0A0B0C0D0E0F").substring(0, 12);
  }

  @ParameterizedTest(name = "every {0} MA-L block in oui.csv is flagged")
  @CsvSource({"hikvision,51", "dahua,24", "huawei,1398", "zte,298", "hytera,2"})
  void everyCoveredMaLBlockIsFlagged(String manufacturer, int manifestCount) {
    // counted from the file itself: blocks whose registered owner names the manufacturer as a word
    Pattern word = Pattern.compile("\\b" + manufacturer + "\\b", Pattern.CASE_INSENSITIVE);
    List<CSVRecord> blocks = maL.stream().filter(r -> word.matcher(r.get("Organization Name")).find()).toList();
    assertThat(blocks).hasSize(manifestCount);
    Map<Confidence, Integer> byConfidence = new EnumMap<>(Confidence.class);
    List<String> missed = new ArrayList<>();
    for (CSVRecord b : blocks) {
      EquipmentFinding f = screenMac(macIn(b.get("Assignment")));
      if (f.status() != EquipmentStatus.FLAGGED || !f.manufacturer().id().equals(manufacturer)) {
        missed.add(b.get("Assignment") + " " + b.get("Organization Name") + " -> " + f.status() + " " + f.note());
      } else {
        byConfidence.merge(f.confidence(), 1, Integer::sum);
        assertThat(f.evidence().get(0).detail()).contains(b.get("Assignment"));
        assertThat(f.rules()).extracting(CoveredManufacturer.Rule::citation).anyMatch(c -> c.startsWith("Pub. L. 115-232"));
      }
    }
    System.out.println(manufacturer + ": " + blocks.size() + " MA-L blocks, flagged by confidence " + byConfidence);
    assertThat(missed).isEmpty();
  }

  @Test
  void randomNonCoveredBlocksAreClear() {
    Pattern covered = Pattern.compile("hikvision|dahua|huawei|\\bzte\\b|hytera|ezviz", Pattern.CASE_INSENSITIVE);
    List<CSVRecord> others = maL.stream().filter(r -> !covered.matcher(r.get("Organization Name")).find())
        .filter(r -> !r.get("Organization Name").equalsIgnoreCase("Private"))
        // a few old blocks have the U/L or I/G bit set (DEC's AA-00-0x); such addresses are UNKNOWN/INVALID by rule
        .filter(r -> (Integer.parseInt(r.get("Assignment").substring(0, 2), 16) & 0x03) == 0).toList();
    Random random = new Random(889);
    Map<String, String> notClear = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      CSVRecord b = others.get(random.nextInt(others.size()));
      EquipmentFinding f = screenMac(macIn(b.get("Assignment")));
      if (f.status() != EquipmentStatus.CLEAR) notClear.put(b.get("Assignment"), b.get("Organization Name") + " -> " + f.status());
    }
    assertThat(notClear).isEmpty();
  }

  @Test
  void locallyAdministeredAddressesAreUnknownEvenInsideACoveredBlock() {
    // 46:47:CC… is 44:47:CC… (a Hikvision block) with the U/L bit set: it no longer names the maker
    EquipmentFinding f = screenMac("46:47:CC:3A:10:21");
    assertThat(f.status()).isEqualTo(EquipmentStatus.UNKNOWN);
    assertThat(f.evidence().get(0).detail()).contains("locally administered");
  }

  @Test
  void fccDatesOfInclusionComeFromTheCoveredListFile() {
    EquipmentFinding f = screenMac(macIn(maL.stream()
        .filter(r -> r.get("Organization Name").startsWith("Hangzhou Hikvision")).findFirst().orElseThrow().get("Assignment")));
    assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(f.rules()).filteredOn(r -> r.id().equals("fcc-covered-list")).singleElement()
        .satisfies(r -> {
          assertThat(r.date()).isEqualTo("2021-03-12");
          assertThat(r.entry()).contains("Hangzhou Hikvision Digital Technology Company");
          assertThat(r.dateSource()).startsWith("FCC Covered List file ").endsWith("table.csv");
        });
  }

  /** Without --fcc-covered, the Covered List entry and date come from the curated data (citing its row); §889 shows its enactment. */
  @Test
  void withoutTheCoveredListFileEveryRuleStillHasItsDateAndSource() throws IOException {
    EquipmentScreener plain = EquipmentData.screener(TestData.repoData(), OuiRegistry.loadDirectory(SHARED.resolve("oui")), null, 0.8);
    for (String mac : List.of("4447CC0A0B0C", "08EDED0A0B0C", "30FBB80A0B0C", "6469BC0A0B0C")) {
      EquipmentFinding f = plain.screen(new Asset(1, "", mac, "", "", "", "", Map.of(), null));
      assertThat(f.status()).as(mac).isEqualTo(EquipmentStatus.FLAGGED);
      assertThat(f.rules()).as(mac).allSatisfy(r -> assertThat(r.date()).isNotNull());
      assertThat(f.rules()).filteredOn(r -> r.id().equals("fcc-covered-list")).singleElement().satisfies(r -> {
        assertThat(r.date()).isEqualTo("2021-03-12");
        assertThat(r.describe()).isEqualTo("47 U.S.C. 1601; 47 CFR 1.50002 (included 2021-03-12)");
        assertThat(r.dateSource()).startsWith("curated dataset, citing FCC Covered List row us-fcc-covered:row-");
      });
      assertThat(f.rules()).filteredOn(r -> r.id().startsWith("ndaa-889")).singleElement()
          .satisfies(r -> assertThat(r.describe()).endsWith("(enacted 2018-08-13)"));
    }
  }
}
