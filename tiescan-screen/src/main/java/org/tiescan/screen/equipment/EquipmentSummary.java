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
  private final Map<String, Integer> byReview = new TreeMap<>();
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
      if (f.review() != null) byReview.merge(reviewLabel(f.review()), 1, Integer::sum);
    }
  }

  /** E.g. "pending (new)", "pending (reopened)", "cleared (kept)". */
  private static String reviewLabel(Review r) {
    return r.status() + (r.decided() ? " (kept)" : " (" + r.observation() + ")");
  }

  /** Flagged assets except those cleared by a decision kept from an earlier run. */
  public int notCleared() {
    return count(EquipmentStatus.FLAGGED) - byReview.entrySet().stream()
        .filter(e -> e.getKey().startsWith("cleared")).mapToInt(Map.Entry::getValue).sum();
  }

  public String file() { return file; }
  public int assets() { return assets; }
  public int count(EquipmentStatus s) { return byStatus.getOrDefault(s, 0); }
  public Map<Confidence, Integer> byConfidence() { return byConfidence; }
  public Map<String, Integer> byManufacturer() { return byManufacturer; }
  /** Flagged assets by review state, when the run is recorded in a case store (else empty). */
  public Map<String, Integer> byReview() { return byReview; }
}
