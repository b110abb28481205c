package org.tiescan.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tiescan.graph.curated.Claim;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;

/**
 * What {@code tiescan entity ID} shows: the entity, its designations, the evidence behind its
 * values, its neighbourhood in the graph and the listed entities it is exposed to, as text, JSON or
 * a self-contained SVG picture.
 */
public final class EntityView {
  private final OwnershipGraph graph;
  private final EvidenceLookup evidence;
  private final ExposureOptions options;

  public EntityView(OwnershipGraph graph, EvidenceLookup evidence, ExposureOptions options) {
    this.graph = graph;
    this.evidence = evidence;
    this.options = options;
  }

  /** A view with default exposure options and no claim evidence. */
  public static EntityView of(OwnershipGraph graph) {
    return new EntityView(graph, EvidenceLookup.none(), ExposureOptions.defaults());
  }

  public Optional<Entity> entity(String id) {
    return graph.entity(id);
  }

  /** A reviewer's text page; throws IllegalArgumentException for an unknown id. */
  public String text(String id, int depth) {
    Entity e = require(id);
    StringBuilder out = new StringBuilder();
    out.append(e.caption()).append("  [").append(e.schema()).append(", ").append(e.id()).append("]\n");
    e.properties().forEach((k, vs) -> {
      if (!"sourceUrl".equals(k)) out.append("  ").append(k).append(": ").append(String.join(" | ", vs)).append('\n');
    });
    out.append("\nDesignations (").append(e.designations().size()).append(")\n");
    for (Designation d : e.designations()) {
      out.append("  - ").append(d.list() != null ? d.list() : d.dataset());
      if (!d.citations().isEmpty()) out.append(" — ").append(String.join("; ", d.citations()));
      if (d.startDate() != null) out.append(", from ").append(d.startDate());
      if (d.endDate() != null) out.append(" to ").append(d.endDate());
      if (d.sourceId() != null) out.append(" [").append(d.sourceId()).append(']');
      out.append('\n');
    }
    List<Claim> claims = evidence.claims(e.id());
    if (!claims.isEmpty()) {
      out.append("\nEvidence\n");
      for (Claim c : claims) {
        out.append("  ").append(c.property()).append(" = ").append(c.value()).append('\n');
        c.sources().forEach(s -> out.append("      ").append(s.describe()).append('\n'));
      }
    }
    Neighbourhood n = Neighbourhood.of(graph, e.id(), depth);
    out.append("\nLinks (within ").append(depth).append(")\n");
    for (Edge edge : n.edges()) {
      out.append("  ").append(graph.caption(edge.from())).append(" —").append(edge.type().upPhrase())
          .append(edge.share() == null ? "" : " " + Shares.format(edge.share())).append("→ ")
          .append(graph.caption(edge.to())).append('\n');
      edge.sources().forEach(s -> out.append("      ").append(s.describe()).append('\n'));
    }
    ExposureReport r = new Exposure(graph).of(e.id(), options);
    out.append("\nConnected listed entities (").append(r.hits().size()).append(")\n");
    for (ExposureHit h : r.hits()) {
      out.append("  ").append(h.caption()).append(" (").append(h.distance()).append(" link")
          .append(h.distance() == 1 ? "" : "s").append(")\n");
      h.paths().forEach(p -> out.append("      ").append(p.describe()).append('\n'));
    }
    out.append("\nOwnership rules\n");
    r.rules().forEach(f -> out.append("  ").append(f.rule()).append(": ").append(f.status()).append(" — ")
        .append(f.explanation()).append('\n'));
    return out.toString();
  }

  /** The machine form: the FtM entity plus evidence, neighbourhood and exposure. */
  public ObjectNode json(String id, int depth) {
    Entity e = require(id);
    ObjectNode o = EntityJson.toJson(e);
    ArrayNode ev = o.putArray("evidence");
    for (Claim c : evidence.claims(e.id())) {
      ObjectNode x = ev.addObject();
      x.put("property", c.property());
      x.put("value", c.value());
      if (c.lang() != null) x.put("lang", c.lang());
      x.set("sources", GraphJson.sources(c.sources()));
    }
    Neighbourhood n = Neighbourhood.of(graph, e.id(), depth);
    ObjectNode nb = o.putObject("neighbourhood");
    ArrayNode nodes = nb.putArray("nodes");
    for (Map.Entry<String, Integer> l : n.levels().entrySet()) {
      Entity x = graph.entity(l.getKey()).orElseThrow();
      nodes.addObject().put("id", x.id()).put("caption", x.caption()).put("schema", x.schema())
          .put("listed", options.listed().test(x)).put("level", l.getValue());
    }
    ArrayNode edges = nb.putArray("edges");
    for (Edge edge : n.edges()) {
      ObjectNode x = edges.addObject().put("id", edge.id()).put("from", edge.from()).put("to", edge.to())
          .put("relation", edge.type().key());
      if (edge.share() != null) x.put("share", edge.share());
      else x.putNull("share");
      x.set("sources", GraphJson.sources(edge.sources()));
    }
    o.set("exposure", GraphJson.exposure(new Exposure(graph).of(e.id(), options)));
    return o;
  }

  /** A self-contained SVG picture of the neighbourhood. */
  public String svg(String id, int depth) {
    Entity e = require(id);
    return SvgGraph.render(graph, Neighbourhood.of(graph, e.id(), depth), options.listed());
  }

  private Entity require(String id) {
    return graph.entity(id).orElseThrow(() -> new IllegalArgumentException("no entity with id '" + id + "'"));
  }
}
