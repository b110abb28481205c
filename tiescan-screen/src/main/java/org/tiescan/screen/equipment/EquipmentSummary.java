package org.tiescan.screen.equipment;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts of one run, by status, by confidence and by covered manufacturer. */
public final class EquipmentSummary implements FindingSink {
  private final String file;
  private final Map<EquipmentStatus, Integer> byStatus = new EnumMap<>(EquipmentStatus.class);
  private final Map<Confidence, Integer> byConfidence = new EnumMap<>(Confidence.class);
  private final Map<String, Integer> byManufacturer = new TreeMap<>();
  private int assets;

  public EquipmentSummary(String file) {
    this.file = file;
  }

  @Override
  public void accept(EquipmentFinding f) {
    assets++;
    byStatus.merge(f.status(), 1, Integer::sum);
    if (f.status() == EquipmentStatus.FLAGGED) {
      byConfidence.merge(f.confidence(), 1, Integer::sum);
      byManufacturer.merge(f.manufacturer().name(), 1, Integer::sum);
    }
  }

  public String file() { return file; }
  public int assets() { return assets; }
  public int count(EquipmentStatus s) { return byStatus.getOrDefault(s, 0); }
  public Map<Confidence, Integer> byConfidence() { return byConfidence; }
  public Map<String, Integer> byManufacturer() { return byManufacturer; }
}
