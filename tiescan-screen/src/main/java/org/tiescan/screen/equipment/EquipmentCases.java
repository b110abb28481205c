package org.tiescan.screen.equipment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tiescan.store.Checksums;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.Counterparty;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.Observation;

/**
 * Puts flagged assets into the case store as hits, so reviewers decide on them with {@code tiescan
 * review} / {@code decide} like on screening hits. The device ({@link EquipmentFinding#deviceKey}) is the
 * counterparty, the covered manufacturer's curated entity the entity. The evidence a decision rests on
 * is the finding's grounds — the MAC block and its owner, the known name matched, the OEM row, the
 * ownership steps, the rules with their entries and dates, the version of the manufacturer's entry —
 * so a decision is kept on rescreen while they are the same and reopened with what changed otherwise.
 */
public final class EquipmentCases {
  /** Column roles of a device counterparty: marks it as a device, which {@code monitor} does not rescreen. */
  public static final String DEVICE_MAPPING = "{\"kind\":\"equipment\"}";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, List<String>>> GROUNDS = new TypeReference<>() {};

  private final CaseStore store;
  private final Long runId;

  /** @param runId the run the hits are seen in (shown by {@code review --run}), or null */
  public EquipmentCases(CaseStore store, Long runId) {
    this.store = store;
    this.runId = runId;
  }

  /** Whether a register entry is a device recorded by equipment screening (not a party to rescreen). */
  public static boolean isDevice(Counterparty c) {
    return c.externalId().startsWith(EquipmentFinding.DEVICE_PREFIX);
  }

  /** Records a flagged finding and returns it with its review state; other findings pass unchanged. */
  public EquipmentFinding record(EquipmentFinding f) {
    return recordAll(List.of(f)).get(0);
  }

  /**
   * Records the flagged findings of a batch in one transaction (all or none) and returns the batch in
   * order, flagged findings with their review state.
   */
  public List<EquipmentFinding> recordAll(List<EquipmentFinding> batch) {
    List<CaseStore.Sighting> sightings = new ArrayList<>();
    for (EquipmentFinding f : batch) {
      if (f.status() == EquipmentStatus.FLAGGED) {
        sightings.add(new CaseStore.Sighting(f.deviceKey(), f.asset().fields(), DEVICE_MAPPING, evidence(f)));
      }
    }
    Iterator<Observation> seen = store.observeAll(sightings, runId, EquipmentCases::whatChanged).iterator();
    List<EquipmentFinding> out = new ArrayList<>(batch.size());
    for (EquipmentFinding f : batch) out.add(f.status() == EquipmentStatus.FLAGGED ? f.withReview(review(seen.next())) : f);
    return out;
  }

  /** The case store's view of a finding: what it rests on, hashed, and the names that tied it. */
  static org.tiescan.store.cases.Evidence evidence(EquipmentFinding f) {
    String json = groundsJson(f);
    List<String> matched = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      if (e.ground() != null && !e.kind().equals("ownership") && !e.kind().equals("entity")) matched.add(e.ground());
    }
    CoveredManufacturer m = f.manufacturer();
    String entityId = m.curatedId() != null ? m.curatedId() : "covered-" + m.id();
    return new org.tiescan.store.cases.Evidence(entityId, m.name(), Checksums.sha256(json), json, matched,
        score(f.confidence()));
  }

  /** The confidence as a number for sorting review lists: HIGH 1.0, MEDIUM 0.67, LOW 0.33. */
  private static double score(Confidence c) {
    return Math.round((c.ordinal() + 1) / 3.0 * 100) / 100.0;
  }

  /** Kind of evidence → its grounds, sorted; plus the manufacturer, confidence and rules. */
  static String groundsJson(EquipmentFinding f) {
    TreeMap<String, List<String>> grounds = new TreeMap<>();
    grounds.put("manufacturer", List.of(f.manufacturer().id()));
    grounds.put("confidence", List.of(f.confidence().name()));
    Map<String, Set<String>> byKind = new TreeMap<>();
    for (Evidence e : f.evidence()) {
      if (e.ground() != null) byKind.computeIfAbsent(e.kind(), k -> new TreeSet<>()).add(e.ground());
    }
    byKind.forEach((k, v) -> grounds.put(k, List.copyOf(v)));
    Set<String> rules = new TreeSet<>();
    for (CoveredManufacturer.Rule r : f.rules()) {
      rules.add(r.id() + ": " + r.describe() + (r.entry() == null ? "" : "; entry: " + r.entry()));
    }
    grounds.put("rule", List.copyOf(rules));
    try {
      return JSON.writeValueAsString(grounds);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The "what changed" note of a reopened equipment hit: per kind of ground, what went and what came. */
  static String whatChanged(org.tiescan.store.cases.Evidence before, org.tiescan.store.cases.Evidence now) {
    Map<String, List<String>> was = grounds(before.entityJson());
    Map<String, List<String>> is = grounds(now.entityJson());
    Set<String> kinds = new TreeSet<>(was.keySet());
    kinds.addAll(is.keySet());
    List<String> parts = new ArrayList<>();
    for (String k : kinds) {
      List<String> gone = new ArrayList<>(was.getOrDefault(k, List.of()));
      gone.removeAll(is.getOrDefault(k, List.of()));
      List<String> came = new ArrayList<>(is.getOrDefault(k, List.of()));
      came.removeAll(was.getOrDefault(k, List.of()));
      if (gone.isEmpty() && came.isEmpty()) continue;
      parts.add(k + (gone.isEmpty() ? "" : " removed " + gone) + (came.isEmpty() ? "" : " added " + came));
    }
    return parts.isEmpty() ? "evidence changed" : String.join("; ", parts);
  }

  private static Map<String, List<String>> grounds(String json) {
    try {
      return JSON.readValue(json, GROUNDS);
    } catch (JsonProcessingException e) {
      // a hit recorded by another kind of screening: compare as a whole
      return Map.of("evidence", List.of(json));
    }
  }

  private static Review review(Observation o) {
    Hit h = o.hit();
    return new Review(h.id(), h.version(), h.status().sql(), o.kind().name().toLowerCase(Locale.ROOT), h.reason(),
        h.reviewer(), h.decidedAt(), h.changeNote());
  }
}
