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
 * @param review the case store's hit for it, when the run is recorded in a case store (else null)
 */
public record EquipmentFinding(Asset asset, EquipmentStatus status, CoveredManufacturer manufacturer,
    Confidence confidence, List<Evidence> evidence, String note, Review review) {
  public EquipmentFinding {
    evidence = List.copyOf(evidence);
  }

  /** A finding not (yet) recorded in a case store. */
  public EquipmentFinding(Asset asset, EquipmentStatus status, CoveredManufacturer manufacturer,
      Confidence confidence, List<Evidence> evidence, String note) {
    this(asset, status, manufacturer, confidence, evidence, note, null);
  }

  /** The same finding with its case-store hit. */
  public EquipmentFinding withReview(Review r) {
    return new EquipmentFinding(asset, status, manufacturer, confidence, evidence, note, r);
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
    return deviceKey() + ":" + manufacturer.id();
  }

  /**
   * The device part of the hit key, its counterparty id in the case store: {@code equipment:mac=<12 hex>},
   * else {@code equipment:serial=<serial>}, else {@code equipment:asset=<asset id>}, else
   * {@code equipment:line=<line>} (stable only while the file keeps its order).
   */
  public String deviceKey() {
    String device = mac().map(m -> "mac=" + m.hex())
        .orElse(!asset.serial().isEmpty() ? "serial=" + asset.serial()
            : asset.assetId().isEmpty() ? "line=" + asset.line() : "asset=" + asset.assetId());
    return DEVICE_PREFIX + device;
  }

  /** Prefix of device keys: case-store counterparties that are devices, not parties to rescreen. */
  public static final String DEVICE_PREFIX = "equipment:";

  /** The rules covering the manufacturer, each with citation and FCC date when known. */
  public List<CoveredManufacturer.Rule> rules() {
    return manufacturer == null ? List.of() : manufacturer.rules();
  }
}
