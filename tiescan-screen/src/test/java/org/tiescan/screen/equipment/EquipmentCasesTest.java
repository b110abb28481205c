package org.tiescan.screen.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;
import org.tiescan.store.cases.Decision;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;

/**
 * Flagged assets of the inventory fixture (real IEEE blocks) as case-store hits: new and pending at
 * first, a decision kept on an identical rescreen, reopened with what changed when the evidence changes
 * (the IEEE registry renames the owner of the asset's block).
 */
class EquipmentCasesTest {
  static final Path SHARED = Path.of(System.getProperty("tiescan.shared.data"));
  static EquipmentScreener plain;
  static EquipmentScreener renamed;
  static List<Asset> assets;

  @TempDir static Path shared;
  @TempDir Path dir;
  private DataDirectory data;
  private CaseStore store;

  @BeforeAll
  static void load() throws IOException {
    OuiRegistry registry = OuiRegistry.loadDirectory(SHARED.resolve("oui"));
    plain = EquipmentData.screener(TestData.repoData(), registry, null, 0.8);
    renamed = EquipmentData.screener(TestData.repoData(), renamedHikvisionBlock(), null, 0.8);
    assets = InventoryReader.read(EquipmentFixturesTest.fixture("inventory.csv"), null, null, null).assets();
  }

  /**
   * The real MA-L registry with one change, as an IEEE update could bring: block 44:47:CC (CAM-001's)
   * registered under Hikvision's name spelled as its listing spells it.
   */
  static OuiRegistry renamedHikvisionBlock() throws IOException {
    Path copy = shared.resolve("oui.csv");
    String csv = Files.readString(SHARED.resolve("oui/oui.csv"));
    String before = "MA-L,4447CC,\"Hangzhou Hikvision Digital Technology Co.,Ltd.\"";
    if (!csv.contains(before)) throw new IllegalStateException("oui.csv changed: " + before + " not found");
    Files.writeString(copy, csv.replace(before, "MA-L,4447CC,\"Hangzhou Hikvision Digital Technology Co., Ltd.\""));
    return OuiRegistry.load(List.of(copy));
  }

  @BeforeEach
  void open() throws IOException {
    data = DataDirectory.open(dir.resolve("data"));
    store = CaseStores.sqlite(data);
  }

  @AfterEach
  void close() {
    store.close();
    data.close();
  }

  private Map<String, EquipmentFinding> run(EquipmentScreener screener, long runId) {
    EquipmentCases cases = new EquipmentCases(store, runId);
    Map<String, EquipmentFinding> out = new LinkedHashMap<>();
    for (Asset a : assets) out.put(a.problem() != null ? "line " + a.line() : a.assetId(), cases.record(screener.screen(a)));
    return out;
  }

  @Test
  void flaggedAssetsBecomePendingHitsOfTheDeviceAndTheManufacturer() {
    Map<String, EquipmentFinding> f = run(plain, 1);
    long flagged = f.values().stream().filter(x -> x.status() == EquipmentStatus.FLAGGED).count();
    assertThat(flagged).isEqualTo(4); // CAM-001, CAM-002, CAM-003 (EZVIZ), RTR-001 (LOW); AP-001's MAC is unreadable
    assertThat(store.pending(1L)).hasSize((int) flagged);
    Review cam1 = f.get("CAM-001").review();
    assertThat(cam1.status()).isEqualTo("pending");
    assertThat(cam1.observation()).isEqualTo("new");
    Hit hit = store.hit(cam1.hitId()).orElseThrow();
    assertThat(hit.externalId()).isEqualTo("equipment:mac=4447CC3A1021");
    assertThat(hit.evidence().entityId()).isEqualTo("ts-hikvision");
    assertThat(hit.evidence().matchedNames())
        .contains("4447CC/24 (MA-L) Hangzhou Hikvision Digital Technology Co.,Ltd.");
    assertThat(f.get("SW-001").review()).isNull();
    assertThat(f.get("LT-001").review()).as("UNKNOWN is not a hit, and not clean either").isNull();
    assertThat(store.counterparties()).allSatisfy(c -> assertThat(EquipmentCases.isDevice(c)).isTrue());
  }

  @Test
  void aDecisionIsKeptWhileTheEvidenceIsTheSameAndReopenedWithWhatChanged() {
    long hitId = run(plain, 1).get("CAM-001").review().hitId();
    store.decide(new Decision(hitId, HitStatus.CLEARED, "camera removed from the federal contract", "alice", 1L));

    Review again = run(plain, 2).get("CAM-001").review();
    assertThat(again.status()).isEqualTo("cleared");
    assertThat(again.observation()).isEqualTo("unchanged");
    assertThat(again.describe()).contains("cleared by alice").contains("decision kept");
    assertThat(store.pending(2L)).extracting(Hit::id).doesNotContain(hitId);

    Review reopened = run(renamed, 3).get("CAM-001").review();
    assertThat(reopened.status()).isEqualTo("pending");
    assertThat(reopened.observation()).isEqualTo("reopened");
    assertThat(reopened.change()).isEqualTo("oui removed [4447CC/24 (MA-L) Hangzhou Hikvision Digital Technology Co.,Ltd.]"
        + " added [4447CC/24 (MA-L) Hangzhou Hikvision Digital Technology Co., Ltd.]");
    assertThat(store.pending(3L)).extracting(Hit::id).contains(hitId);
  }

  @Test
  void anotherVendorSpellingOfTheSameKnownNameKeepsTheDecision() {
    Asset hik = new Asset(2, "CAM-9", "", "Hikvision", "", "", "", Map.of(), null);
    Asset upper = new Asset(2, "CAM-9", "", "HIKVISION", "", "", "", Map.of(), null);
    EquipmentCases cases = new EquipmentCases(store, 1L);
    Review first = cases.record(plain.screen(hik)).review();
    store.decide(new Decision(first.hitId(), HitStatus.CONFIRMED, "Hikvision camera on the network", "bob", null));
    Review second = cases.record(plain.screen(upper)).review();
    assertThat(second.status()).isEqualTo("confirmed");
    assertThat(second.observation()).isEqualTo("unchanged");
  }
}
