package org.tiescan.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;

class BundledListsTest {
  @Test
  void isFoundByWalkingUpFromTheModuleDirectory() {
    Path found = BundledLists.findAbove(Path.of("")).orElseThrow();
    assertThat(found).endsWith(Path.of("data", "lists"));
    assertThat(BundledLists.locate()).isPresent();
  }

  @Test
  void theSystemPropertyWins() {
    Path dir = BundledLists.findAbove(Path.of("")).orElseThrow();
    String before = System.getProperty(BundledLists.PROPERTY);
    try {
      System.setProperty(BundledLists.PROPERTY, dir.toString());
      assertThat(BundledLists.locate().orElseThrow().directory()).isEqualTo(dir.toAbsolutePath().normalize());
    } finally {
      if (before == null) System.clearProperty(BundledLists.PROPERTY);
      else System.setProperty(BundledLists.PROPERTY, before);
    }
  }

  @Test
  void theSnapshotIsCompleteLabelledAndReadsLikeTheSharedOriginals() throws IOException {
    BundledLists bundled = BundledLists.locate().orElseThrow();
    assertThat(bundled.missing()).isEmpty();
    assertThat(bundled.lists()).extracting(l -> l.dataset().name()).containsExactly("us-csl", "us-ofac-sdn", "us-ofac-cons");
    assertThat(bundled.lists()).extracting(l -> l.dataset().snapshotDate()).containsExactly("2022-05", "2021", "2025-12");
    assertThat(bundled.lists()).allSatisfy(l -> {
      assertThat(l.dataset().licence()).contains("public domain");
      assertThat(l.dataset().sourceUrl()).startsWith("https://");
    });
    Map<String, Integer> counts = new HashMap<>();
    Collected all = new Collected();
    bundled.readAll(all);
    all.entities.forEach(e -> counts.merge(e.datasets().get(0), 1, Integer::sum));
    assertThat(all.problems).isEmpty();
    assertThat(counts).containsEntry("us-csl", 14_160).containsEntry("us-ofac-sdn", 8_976).containsEntry("us-ofac-cons", 442);
    Entity hikvision = all.one(e -> e.id().equals("us-ofac-cons-30946"));
    assertThat(hikvision.caption()).isEqualTo("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.");
  }
}
