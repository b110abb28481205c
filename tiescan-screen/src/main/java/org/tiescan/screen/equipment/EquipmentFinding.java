package org.tiescan.screen.equipment;

import java.util.List;
import java.util.Optional;

/**
 * The screening result for one asset.
 *
 * @param manufacturer the covered manufacturer (FLAGGED only, else null)
 * @param confidence how strong the evidence is (FLAGGED only, else null)
 * @param evidence everything that led to the status, strongest first
 * @param note one sentence for the reviewer
 */
public record EquipmentFinding(Asset asset, EquipmentStatus status, CoveredManufacturer manufacturer,
    Confidence confidence, List<Evidence> evidence, String note) {
  public EquipmentFinding {
    evidence = List.copyOf(evidence);
  }

  /** The normalised MAC address, if the asset has a valid one. */
  public Optional<MacAddress> mac() {
    return MacAddress.parse(asset.mac());
  }

  /**
   * A key that names this hit across runs, for review decisions: the device (MAC address, else the
   * asset id, else the input line) and the covered manufacturer, e.g.
   * {@code equipment:mac=4419B6010203:hikvision}. Null for assets that are not flagged.
   */
  public String hitKey() {
    if (status != EquipmentStatus.FLAGGED) return null;
    String device = mac().map(m -> "mac=" + m.hex())
        .orElse(asset.assetId().isEmpty() ? "line=" + asset.line() : "asset=" + asset.assetId());
    return "equipment:" + device + ":" + manufacturer.id();
  }

  /** The rules covering the manufacturer, each with citation and FCC date when known. */
  public List<CoveredManufacturer.Rule> rules() {
    return manufacturer == null ? List.of() : manufacturer.rules();
  }
}
