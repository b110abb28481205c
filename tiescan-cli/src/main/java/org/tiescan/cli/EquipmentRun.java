package org.tiescan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tiescan.screen.equipment.EquipmentCases;
import org.tiescan.screen.equipment.EquipmentFinding;
import org.tiescan.screen.equipment.EquipmentStatus;
import org.tiescan.screen.equipment.EquipmentSummary;
import org.tiescan.store.Checksums;
import org.tiescan.store.cases.CaseStore;

/**
 * An equipment screening recorded in the case store, like {@link StoredRun} for {@code screen}: the
 * run is an audit row (its sequence number is the run id that {@code review --run} takes), each flagged
 * asset a hit observed in it, and the end an audit row with the counts, or a "failed" row when the run
 * did not complete. Hits commit in batches, so a killed run keeps the batches it recorded.
 */
final class EquipmentRun implements AutoCloseable {
  private final CaseStore store;
  private final long runId;
  private final EquipmentCases cases;
  private boolean finished;

  private EquipmentRun(CaseStore store, long runId) {
    this.store = store;
    this.runId = runId;
    this.cases = new EquipmentCases(store, runId);
  }

  static EquipmentRun start(CaseStore store, Path input, String optionsJson) {
    Map<String, Object> content = new LinkedHashMap<>();
    try {
      content.put("input_sha256", Checksums.sha256(input));
    } catch (IOException e) {
      store.close();
      throw new DataException("cannot read " + input + ": " + e.getMessage(), e);
    }
    content.put("options", optionsJson);
    long run = store.audit("equipment-run", input.toString(), content).seq();
    return new EquipmentRun(store, run);
  }

  /** Records a batch of findings in one transaction; returns them in order with their review state. */
  java.util.List<EquipmentFinding> record(java.util.List<EquipmentFinding> batch) {
    return cases.recordAll(batch);
  }

  void finish(EquipmentSummary s) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("status", "finished");
    content.put("assets", s.assets());
    for (EquipmentStatus st : EquipmentStatus.values()) content.put(st.name().toLowerCase(java.util.Locale.ROOT), s.count(st));
    content.put("review", s.byReview());
    store.audit("equipment-run-finished", "run " + runId, content);
    finished = true;
  }

  String describe() {
    return "equipment run " + runId + " in the case store; review with `tiescan review --run " + runId + "`";
  }

  @Override
  public void close() {
    try {
      if (!finished) store.audit("equipment-run-finished", "run " + runId, Map.of("status", "failed"));
    } finally {
      store.close();
    }
  }
}
