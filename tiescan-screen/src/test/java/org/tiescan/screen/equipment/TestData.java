package org.tiescan.screen.equipment;

import java.nio.file.Path;

final class TestData {
  private TestData() {}

  /** The repository's data/ folder (tests run in the module folder). */
  static Path repoData() {
    return EquipmentData.locate().orElseThrow(() -> new IllegalStateException("data/equipment not found above " + Path.of("").toAbsolutePath()));
  }
}
