package org.tiescan.screen.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.screen.input.InputException;

/** The readers on the fixtures (real IEEE blocks, see src/test/resources/equipment/README.md) and the screener's decisions. */
class EquipmentFixturesTest {
  static final Path SHARED = Path.of(System.getProperty("tiescan.shared.data"));
  static EquipmentScreener screener;

  @BeforeAll
  static void load() throws IOException {
    screener = EquipmentData.screener(TestData.repoData(), OuiRegistry.loadDirectory(SHARED.resolve("oui")), null, 0.8);
  }

  static Path fixture(String name) {
    return Path.of("src/test/resources/equipment", name);
  }

  static Map<String, EquipmentFinding> byId(List<Asset> assets) {
    Map<String, EquipmentFinding> out = new LinkedHashMap<>();
    for (Asset a : assets) {
      EquipmentFinding f = screener.screen(a);
      out.put(a.problem() != null ? "line " + a.line() : a.assetId(), f);
    }
    return out;
  }

  @Test
  void inventoryColumnsAreDetectedAndEveryRowIsScreenedAroundABadOne() {
    InventoryReader.Inventory inv = InventoryReader.read(fixture("inventory.csv"), null, null, null);
    assertThat(inv.columns()).isEqualTo(new AssetColumns("Vendor", "Model", "MAC Address", "Serial", "Location", "Asset ID"));
    Map<String, EquipmentFinding> f = byId(inv.assets());
    assertThat(f.get("CAM-001").status()).isEqualTo(EquipmentStatus.FLAGGED);
    assertThat(f.get("CAM-001").manufacturer().id()).isEqualTo("hikvision");
    assertThat(f.get("CAM-001").confidence()).isEqualTo(Confidence.HIGH);
    assertThat(f.get("CAM-001").hitKey()).isEqualTo("equipment:mac=4447CC3A1021:hikvision");
    assertThat(f.get("CAM-002").manufacturer().id()).isEqualTo("dahua");
    // EZVIZ has no MAC here: the brand resolves through the curated graph (EZVIZ — subsidiary of → Hikvision)
    EquipmentFinding ezviz = f.get("CAM-003");
    assertThat(ezviz.status()).isEqualTo(EquipmentStatus.FLAGGED);
    assertThat(ezviz.manufacturer().id()).isEqualTo("hikvision");
    assertThat(ezviz.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(ezviz.evidence()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("ownership");
      assertThat(e.detail()).contains("subsidiary of").contains("source:");
    });
    assertThat(ezviz.hitKey()).isEqualTo("equipment:asset=CAM-003:hikvision");
    assertThat(f.get("SW-001").status()).isEqualTo(EquipmentStatus.CLEAR);
    assertThat(f.get("LT-001").status()).isEqualTo(EquipmentStatus.UNKNOWN);
    assertThat(f.get("LT-002").status()).isEqualTo(EquipmentStatus.CLEAR);
    assertThat(f.get("NET-001").status()).isEqualTo(EquipmentStatus.INVALID);
    // "Shanghai Dahua Scale Factory" only shares a word with Dahua Technology: LOW, said so
    assertThat(f.get("RTR-001").confidence()).isEqualTo(Confidence.LOW);
    assertThat(f.get("RTR-001").evidence().get(0).detail()).contains("not a known name");
    EquipmentFinding badMac = f.get("line 9");
    assertThat(badMac.status()).isEqualTo(EquipmentStatus.PROBLEM);
    assertThat(badMac.asset().problem().file()).endsWith("inventory.csv");
    assertThat(badMac.asset().problem().field()).isEqualTo("MAC Address");
    assertThat(badMac.asset().problem().message()).contains("zz:zz:zz:00:00:01");
    assertThat(f.get("line 11").asset().problem().message()).contains("neither a MAC address nor a vendor");
    assertThat(f).hasSize(10);
  }

  @Test
  void userNamedColumnsOverrideDetectionAndAreChecked() {
    AssetColumns given = new AssetColumns(null, null, "Serial", null, null, null);
    InventoryReader.Inventory inv = InventoryReader.read(fixture("inventory.csv"), null, null, given);
    assertThat(inv.columns().mac()).isEqualTo("Serial");
    assertThatThrownBy(() -> InventoryReader.read(fixture("inventory.csv"), null, null,
        new AssetColumns(null, null, "hw", null, null, null)))
        .isInstanceOf(InputException.class).hasMessageContaining("--mac-column names column 'hw'");
  }

  @Test
  void nmapXmlHostsAreReadWithMacAndVendor() {
    List<Asset> hosts = NmapXmlReader.read(fixture("scan.xml"));
    assertThat(hosts).extracting(Asset::assetId)
        .containsExactly("192.168.10.21", "192.168.10.22", "192.168.10.1", "192.168.10.57", "192.168.10.5");
    assertThat(hosts.get(0).mac()).isEqualTo("44:47:CC:3A:10:21");
    assertThat(hosts.get(0).vendor()).isEqualTo("Hangzhou Hikvision Digital Technology");
    assertThat(hosts.get(0).fields().get("hostname")).isEqualTo("cam-lobby.example.internal");
    assertThat(hosts.get(0).line()).isEqualTo(14);
    Map<String, EquipmentFinding> f = byId(hosts);
    assertThat(f.get("192.168.10.21").confidence()).isEqualTo(Confidence.HIGH);
    assertThat(f.get("192.168.10.22").manufacturer().id()).isEqualTo("dahua");
    assertThat(f.get("192.168.10.1").status()).isEqualTo(EquipmentStatus.CLEAR);
    assertThat(f.get("192.168.10.57").status()).isEqualTo(EquipmentStatus.UNKNOWN);
    assertThat(f.get("192.168.10.5").status()).isEqualTo(EquipmentStatus.UNKNOWN);
  }

  @Test
  void brokenXmlNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<nmaprun>\n<host>\n<address addr=\"1\" addrtype=\"mac\">\n</nmaprun>\n");
    assertThatThrownBy(() -> NmapXmlReader.read(bad)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problem().line()).isEqualTo(4));
  }

  @Test
  void linuxArpTableIsRead() {
    Map<String, EquipmentFinding> f = byId(ArpTableReader.read(fixture("arp-linux.txt")));
    assertThat(f.keySet()).containsExactly("192.168.10.1", "192.168.10.21", "192.168.10.30", "192.168.10.57");
    assertThat(f.get("192.168.10.21").manufacturer().id()).isEqualTo("hikvision");
    // the EZVIZ block is registered to a Hikvision subsidiary: MEDIUM, with the ownership path
    assertThat(f.get("192.168.10.30").manufacturer().id()).isEqualTo("hikvision");
    assertThat(f.get("192.168.10.30").confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(f.get("192.168.10.57").status()).isEqualTo(EquipmentStatus.UNKNOWN);
  }

  @Test
  void windowsArpTableIsReadAndABadLineReported() {
    List<Asset> assets = ArpTableReader.read(fixture("arp-windows.txt"));
    Map<String, EquipmentFinding> f = byId(assets);
    assertThat(f.get("192.168.10.22").manufacturer().id()).isEqualTo("dahua");
    assertThat(f.get("192.168.10.255").status()).isEqualTo(EquipmentStatus.INVALID);
    assertThat(f.get("224.0.0.22").status()).isEqualTo(EquipmentStatus.INVALID);
    EquipmentFinding bad = f.get("line 8");
    assertThat(bad.asset().problem().field()).isEqualTo("mac");
    assertThat(bad.asset().problem().message()).contains("30-fb-b8-zz-00-77");
    assertThat(assets).hasSize(5);
  }

  @Test
  void ipNeighIsRead() {
    Map<String, EquipmentFinding> f = byId(ArpTableReader.read(fixture("ip-neigh.txt")));
    assertThat(f.keySet()).containsExactly("192.168.10.1", "192.168.10.23", "192.168.10.24", "fe80::1");
    assertThat(f.get("192.168.10.23").manufacturer().id()).isEqualTo("huawei");
    assertThat(f.get("192.168.10.24").manufacturer().id()).isEqualTo("hytera");
  }

  /** Huawei Device Co., Ltd. is tied to Huawei by the Entity List rule that added Huawei's affiliates (84 FR 22961). */
  @Test
  void huaweiDeviceIsAnAffiliateOfHuaweiWithTheRuleAsSource() {
    EquipmentFinding f = screener.screen(new Asset(2, "PHN-7", "", "Huawei Device Co., Ltd.", "", "", "", Map.of(), null));
    assertThat(f.status()).isEqualTo(EquipmentStatus.FLAGGED);
    assertThat(f.manufacturer().id()).isEqualTo("huawei");
    assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(f.evidence()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo("ownership");
      assertThat(e.detail()).contains("Huawei Device Co., Ltd. — affiliated with → Huawei Technologies Co., Ltd.")
          .contains("84 FR 22961").contains("https://www.federalregister.gov/documents/2019/05/21/2019-10616/");
    });
  }

  @Test
  void documentedOemRelationshipFlagsTheBrandWithItsSources() {
    EquipmentFinding f = screener.screen(new Asset(2, "NVR-9", "", "LOREX", "", "", "", Map.of(), null));
    assertThat(f.status()).isEqualTo(EquipmentStatus.FLAGGED);
    assertThat(f.manufacturer().id()).isEqualTo("dahua");
    assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(f.evidence()).extracting(Evidence::kind).containsExactly("oem", "entity");
    assertThat(f.evidence()).first().satisfies(e -> {
      assertThat(e.detail()).contains("SecurityInfoWatch, 2018-02-06, https://www.securityinfowatch.com/");
    });
  }

  @Test
  void anOemEntryWithoutSourceIsRefused(@TempDir Path dir) throws IOException {
    Path yaml = Files.writeString(dir.resolve("oem.yaml"),
        "relationships:\n  - {brand: Foo, manufacturer: dahua, relationship: relabels Dahua}\n");
    CoveredCatalog catalog = CoveredCatalog.load(TestData.repoData().resolve("equipment/covered-manufacturers.yaml"), null);
    assertThatThrownBy(() -> OemRelationships.load(yaml, catalog)).hasMessageContaining("relationship 1 field sources");
  }

  @Test
  void macSpellingsAndBits() {
    assertThat(MacAddress.parse("4447.cc3a.1021")).contains(new MacAddress("4447CC3A1021"));
    assertThat(MacAddress.parse("0:1b:2c:3:4:5")).contains(new MacAddress("001B2C030405"));
    assertThat(MacAddress.parse("44:47-CC:3A:10:21")).isEmpty();
    assertThat(new MacAddress("DAA1195C3E57").locallyAdministered()).isTrue();
    assertThat(new MacAddress("4447CC3A1021").locallyAdministered()).isFalse();
    assertThat(new MacAddress("01005E0000FB").multicast()).isTrue();
  }

  /** The inventory fixture written as an XLSX sheet (the CSV cells as text) screens exactly as the CSV. */
  @Test
  void anXlsxInventoryScreensLikeTheSameCsv(@TempDir Path dir) throws Exception {
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var r = Files.newBufferedReader(fixture("inventory.csv"))) {
      for (var rec : org.apache.commons.csv.CSVFormat.DEFAULT.parse(r)) rows.add(rec.toList());
    }
    Path xlsx = dir.resolve("inventory.xlsx");
    try (var os = Files.newOutputStream(xlsx)) {
      var wb = new org.dhatim.fastexcel.Workbook(os, "tiescan-test", "1.0");
      var ws = wb.newWorksheet("Assets");
      for (int i = 0; i < rows.size(); i++) {
        for (int j = 0; j < rows.get(i).size(); j++) if (!rows.get(i).get(j).isEmpty()) ws.value(i, j, rows.get(i).get(j));
      }
      wb.finish();
    }
    Map<String, EquipmentFinding> fromCsv = byId(InventoryReader.read(fixture("inventory.csv"), null, null, null).assets());
    Map<String, EquipmentFinding> fromXlsx = byId(InventoryReader.read(xlsx, null, "Assets", null).assets());
    assertThat(fromXlsx.keySet()).containsExactlyElementsOf(fromCsv.keySet());
    fromCsv.forEach((id, f) -> {
      assertThat(fromXlsx.get(id).status()).as(id).isEqualTo(f.status());
      assertThat(fromXlsx.get(id).hitKey()).as(id).isEqualTo(f.hitKey());
    });
    assertThat(fromXlsx.get("CAM-001").status()).isEqualTo(EquipmentStatus.FLAGGED);
  }

  /** MA-M (28-bit) blocks inside an IEEE Registration Authority MA-L block name their own owner. */
  @Test
  void maMBlocksNameTheirOwnerNotTheRegistrationAuthority() {
    EquipmentFinding zte = screener.screen(new Asset(1, "", "AC:64:DD:50:00:01", "", "", "", "", Map.of(), null));
    assertThat(zte.evidence().get(0).detail()).isEqualTo("MAC block AC64DD5/28 (MA-M) registered to SHANGHAI ZTE TECHNOLOGIES CO.,LTD");
    assertThat(zte.status()).isEqualTo(EquipmentStatus.FLAGGED);
    assertThat(zte.manufacturer().id()).isEqualTo("zte");
    EquipmentFinding other = screener.screen(new Asset(1, "", "AC:64:DD:40:00:01", "", "", "", "", Map.of(), null));
    assertThat(other.evidence()).noneMatch(e -> e.detail().contains("ZTE"));
    EquipmentFinding scale = screener.screen(new Asset(1, "", "40:2C:76:10:00:01", "", "", "", "", Map.of(), null));
    assertThat(scale.confidence()).as("a shared word is a lead, not a finding").isEqualTo(Confidence.LOW);
  }

  @Test
  void longestRegistryPrefixWins() throws IOException {
    OuiRegistry r = OuiRegistry.loadDirectory(SHARED.resolve("oui"));
    // 70:B3:D5 is an MA-L block IEEE keeps for MA-S assignments; 70:B3:D5:F2:F… is one of them
    assertThat(r.lookup(new MacAddress("70B3D5F2F001")).orElseThrow().registry()).isEqualTo("MA-S");
    assertThat(r.lookup(new MacAddress("70B3D5F2F001")).orElseThrow().organization()).isEqualTo("TELEPLATFORMS");
  }

  @Test
  void reportsCarryStatusRulesEvidenceAndEscapeHtml() throws IOException {
    InventoryReader.Inventory inv = InventoryReader.read(fixture("inventory.csv"), null, null, null);
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();
    StringWriter html = new StringWriter();
    EquipmentSummary summary = new EquipmentSummary("inventory.csv");
    List<FindingSink> sinks = List.of(new EquipmentCsv(csv, inv.inputColumns()), new EquipmentJsonLines(jsonl),
        new EquipmentHtml(html, "equipment <test>"), summary);
    for (Asset a : inv.assets()) {
      EquipmentFinding f = screener.screen(a);
      sinks.forEach(s -> s.accept(f));
    }
    sinks.forEach(s -> s.finish(summary));
    sinks.forEach(FindingSink::close);
    assertThat(csv.toString().lines()).hasSize(11).first().asString().endsWith("status,confidence,covered_manufacturer,rules,evidence,hit_key,note,review");
    assertThat(jsonl.toString().lines()).hasSize(10).first().asString()
        .contains("\"status\":\"FLAGGED\"").contains("\"hit_key\":\"equipment:mac=4447CC3A1021:hikvision\"")
        .contains("Pub. L. 115-232, §889(f)(3)(B)");
    assertThat(html.toString()).contains("equipment &lt;test&gt;").doesNotContain("<test>");
    assertThat(summary.count(EquipmentStatus.FLAGGED)).isEqualTo(4);
    assertThat(summary.count(EquipmentStatus.PROBLEM)).isEqualTo(2);
  }
}
