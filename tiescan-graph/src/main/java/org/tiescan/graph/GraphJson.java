package org.tiescan.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tiescan.model.EntityJson;

/** JSON forms of exposure reports, paths and sources (stable field names for the machine output). */
public final class GraphJson {
  private GraphJson() {}

  public static ObjectNode exposure(ExposureReport r) {
    ObjectNode o = EntityJson.mapper().createObjectNode();
    o.put("entity_id", r.entityId());
    o.put("caption", r.caption());
    o.put("known", r.known());
    o.put("listed_itself", r.listedItself());
    ArrayNode hits = o.putArray("connected_listed");
    for (ExposureHit h : r.hits()) {
      ObjectNode x = hits.addObject();
      x.put("id", h.entityId());
      x.put("caption", h.caption());
      x.put("distance", h.distance());
      if (h.combinedShare() != null) x.put("combined_share", h.combinedShare());
      else x.putNull("combined_share");
      ArrayNode ds = x.putArray("designations");
      h.designations().forEach(d -> ds.add(EntityJson.mapper().valueToTree(d)));
      ArrayNode ps = x.putArray("paths");
      for (ExposurePath p : h.paths()) ps.add(path(p));
    }
    ArrayNode rules = o.putArray("ownership_rules");
    for (RuleFinding f : r.rules()) rules.add(EntityJson.mapper().valueToTree(f));
    return o;
  }

  public static ObjectNode path(ExposurePath p) {
    ObjectNode o = EntityJson.mapper().createObjectNode();
    o.put("description", p.describe());
    if (p.combinedShare() != null) o.put("combined_share", p.combinedShare());
    else o.putNull("combined_share");
    ArrayNode steps = o.putArray("steps");
    for (Step s : p.steps()) {
      ObjectNode x = steps.addObject();
      x.put("from", s.fromId());
      x.put("from_name", s.fromName());
      x.put("to", s.toId());
      x.put("to_name", s.toName());
      x.put("relation", s.type().key());
      x.put("direction", s.direction().name().toLowerCase(java.util.Locale.ROOT));
      x.put("phrase", s.phrase());
      if (s.share() != null) x.put("share", s.share());
      else x.putNull("share");
      x.put("edge_id", s.edgeId());
      x.set("sources", sources(s.sources()));
    }
    return o;
  }

  public static ArrayNode sources(List<Provenance> ps) {
    ArrayNode a = EntityJson.mapper().createArrayNode();
    for (Provenance p : ps) a.add(EntityJson.mapper().<ObjectNode>valueToTree(p));
    return a;
  }
}
