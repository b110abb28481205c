package org.tiescan.screen.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tiescan.graph.GraphJson;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchResult;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.HitContext;
import org.tiescan.screen.ScreenedRecord;

/**
 * The machine contract of screening output, one object per input record:
 * {@code {"input": {...}, "results": [{"id", "caption", "schema", "properties", "datasets",
 * "source_ids", "score", "match", "explanation": {"summary", "query_name", "matched_name", "features"},
 * "designations": [...]}]}}, close to yente's /match response. With the ownership graph, each result
 * also has {@code "basis"}, {@code "graph_id"}, {@code "exposure"} and {@code "same_as"} (see
 * {@link #result(MatchResult, HitContext)}). A record that could not be screened has
 * a {@code "problem"} object and no results, so it is never mistaken for a clean record.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResultJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode record(ScreenedRecord r) {
    ObjectNode o = MAPPER.createObjectNode();
    ObjectNode input = o.putObject("input");
    r.input().fields().forEach(input::put);
    if (r.problem() != null) o.set("problem", problem(r.problem()));
    ArrayNode results = o.putArray("results");
    r.results().forEach(m -> results.add(result(m, r.context(m))));
    return o;
  }

  public static ArrayNode results(List<MatchResult> results) {
    ArrayNode a = MAPPER.createArrayNode();
    results.forEach(m -> a.add(result(m)));
    return a;
  }

  public static ObjectNode result(MatchResult m) {
    Entity e = m.entity();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("caption", e.caption());
    o.put("schema", e.schema());
    ObjectNode props = o.putObject("properties");
    e.properties().forEach((k, vs) -> {
      ArrayNode a = props.putArray(k);
      vs.forEach(a::add);
    });
    strings(o.putArray("datasets"), e.datasets());
    strings(o.putArray("source_ids"), e.sourceIds());
    o.put("score", round(m.score()));
    o.put("match", m.match());
    o.set("explanation", explanation(m.explanation()));
    ArrayNode des = o.putArray("designations");
    e.designations().forEach(d -> des.add(designation(d)));
    return o;
  }

  /**
   * A result with its graph context: {@code "basis"} (listed, exposure, curated or unlisted), {@code "graph_id"},
   * {@code "exposure"} ({@link GraphJson#exposure}: connected designated entities, paths with relation,
   * direction, share and sources, combined share, ownership-rule findings) and {@code "same_as"} (other
   * index entries for the same organisation, folded into this one).
   */
  public static ObjectNode result(MatchResult m, HitContext c) {
    ObjectNode o = result(m);
    if (c == null) return o;
    o.put("basis", c.basis());
    o.put("graph_id", c.graphId());
    o.set("exposure", GraphJson.exposure(c.exposure()));
    ArrayNode same = o.putArray("same_as");
    for (MatchResult s : c.sameAs()) {
      ObjectNode x = same.addObject().put("id", s.entity().id()).put("caption", s.entity().caption())
          .put("score", round(s.score()));
      strings(x.putArray("datasets"), s.entity().datasets());
      strings(x.putArray("source_ids"), s.entity().sourceIds());
    }
    return o;
  }

  static ObjectNode explanation(Explanation x) {
    ObjectNode o = MAPPER.createObjectNode();
    if (x == null) return o.put("summary", "");
    o.put("summary", x.summary());
    o.put("query_name", x.queryName());
    o.put("matched_name", x.matchedName());
    ArrayNode features = o.putArray("features");
    for (Explanation.Feature f : x.features()) {
      features.addObject().put("name", f.name()).put("value", round(f.value())).put("detail", f.detail());
    }
    return o;
  }

  static ObjectNode designation(Designation d) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("dataset", d.dataset());
    o.put("list", d.list());
    strings(o.putArray("programs"), d.programs());
    o.put("authority", d.authority());
    strings(o.putArray("citations"), d.citations());
    o.put("start_date", d.startDate());
    o.put("end_date", d.endDate());
    o.put("source_url", d.sourceUrl());
    o.put("source_id", d.sourceId());
    o.put("reason", d.reason());
    return o;
  }

  public static ObjectNode problem(RecordProblem p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", p.file()).put("line", p.line()).put("field", p.field()).put("message", p.message());
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  /** Four decimals: enough to rank, short enough to read. */
  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
