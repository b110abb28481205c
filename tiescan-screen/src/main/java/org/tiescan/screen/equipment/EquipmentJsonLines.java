package org.tiescan.screen.equipment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import org.tiescan.screen.report.JsonLinesWriter;
import org.tiescan.screen.report.ResultJson;

/**
 * One JSON object per asset: {@code {"input": {...}, "line", "asset_id", "mac", "status", "hit_key",
 * "manufacturer": {"id","name"}, "confidence", "rules": [{"id","title","citation","url","entry","date","date_label","date_source"}],
 * "evidence": [{"kind","detail"}], "note", "problem", "review"}}. {@code hit_key} is set for flagged assets
 * only; {@code review} ({"hit","version","status","observation","reason","reviewer","decided_at","change"})
 * when the run is recorded in a case store.
 */
public final class EquipmentJsonLines implements FindingSink {
  private final JsonLinesWriter out;

  public EquipmentJsonLines(Writer out) {
    this.out = new JsonLinesWriter(out);
  }

  public static ObjectNode json(EquipmentFinding f) {
    ObjectNode o = ResultJson.mapper().createObjectNode();
    f.asset().fields().forEach(o.putObject("input")::put);
    o.put("line", f.asset().line()).put("asset_id", f.asset().assetId());
    o.put("mac", f.mac().map(MacAddress::toString).orElse(f.asset().mac()));
    o.put("status", f.status().name()).put("hit_key", f.hitKey());
    if (f.manufacturer() != null) {
      o.putObject("manufacturer").put("id", f.manufacturer().id()).put("name", f.manufacturer().name());
      o.put("confidence", f.confidence().name());
    }
    ArrayNode rules = o.putArray("rules");
    for (CoveredManufacturer.Rule r : f.rules()) {
      rules.addObject().put("id", r.id()).put("title", r.title()).put("citation", r.citation()).put("url", r.url())
          .put("entry", r.entry()).put("date", r.date()).put("date_label", r.dateLabel()).put("date_source", r.dateSource());
    }
    ArrayNode ev = o.putArray("evidence");
    f.evidence().forEach(e -> ev.addObject().put("kind", e.kind()).put("detail", e.detail()));
    o.put("note", f.note());
    if (f.asset().problem() != null) o.set("problem", ResultJson.problem(f.asset().problem()));
    if (f.review() != null) review(o.putObject("review"), f.review());
    return o;
  }

  private static void review(ObjectNode o, Review r) {
    o.put("hit", r.hitId()).put("version", r.version()).put("status", r.status()).put("observation", r.observation())
        .put("reason", r.reason()).put("reviewer", r.reviewer())
        .put("decided_at", r.decidedAt() == null ? null : r.decidedAt().toString()).put("change", r.change());
  }

  @Override
  public void accept(EquipmentFinding f) {
    out.write(json(f));
  }

  @Override
  public void close() {
    out.flush();
  }
}
