package org.tiescan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.cases.Hit;

/** A hit of the case store as one JSON object (review --format json, monitor output, webhooks). */
public final class HitJson {
  private HitJson() {}

  public static ObjectNode of(Hit h) {
    ObjectNode o = ResultJson.mapper().createObjectNode();
    o.put("hit", h.id());
    o.put("version", h.version());
    o.put("counterparty", h.externalId());
    o.put("entity_id", h.evidence().entityId());
    o.put("caption", h.evidence().caption());
    o.put("score", h.evidence().score());
    h.evidence().matchedNames().forEach(o.putArray("matched_names")::add);
    o.put("status", h.status().sql());
    o.put("reason", h.reason());
    o.put("reviewer", h.reviewer());
    o.put("decided_at", h.decidedAt() == null ? null : h.decidedAt().toString());
    o.put("change", h.changeNote());
    if (h.runId() != null) o.put("run", h.runId());
    return o;
  }

  /** One line for the terminal. */
  static String text(Hit h) {
    return "hit " + h.id() + " v" + h.version() + "  " + h.externalId() + " -> " + h.evidence().caption()
        + " [" + h.evidence().entityId() + "] score " + String.format(java.util.Locale.ROOT, "%.2f", h.evidence().score())
        + "  " + h.status().sql() + (h.changeNote() == null ? "" : "  changed: " + h.changeNote());
  }
}
