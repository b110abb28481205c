package org.tiescan.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.Params;
import org.tiescan.server.Screening;
import org.tiescan.server.ui.Html;

/**
 * The OpenRefine / W3C reconciliation service API (version 0.2): the service manifest, batched
 * queries (the {@code queries} form parameter OpenRefine posts), previews and entity suggest, so a
 * spreadsheet column of company names can be reconciled against the loaded lists.
 *
 * <p>OpenRefine cannot send an Authorization header, so this path alone also takes the key as the
 * {@code api_key} query parameter (add the service as {@code http://host:port/reconcile?api_key=…}).
 */
public final class ReconcileApi {
  /** What a column may hold: a legal entity matches organisations and people only, so ships and aircraft have their own. */
  private static final String[][] TYPES = {{"LegalEntity", "Legal entity"}, {"Company", "Company"},
      {"Organization", "Organization"}, {"PublicBody", "Public body"}, {"Person", "Person"}, {"Vessel", "Vessel"},
      {"Airplane", "Airplane"}, {"Thing", "Anything on the lists"}};
  /** A candidate at or above this score, alone or clearly ahead of the next, is an automatic match. */
  private static final double AUTO_MATCH = 0.9;

  private final Backend backend;

  public ReconcileApi(Backend backend) {
    this.backend = backend;
  }

  /** {@code GET|POST /reconcile}: the manifest without parameters, else the answers to {@code queries}. */
  public void reconcile(Context ctx) {
    String queries = param(ctx, "queries");
    String single = param(ctx, "query");
    if (queries == null && single != null) {
      ObjectNode out = Json.object();
      out.set("result", candidates("query", single(single)));
      Json.send(ctx, out);
      return;
    }
    if (queries == null) {
      Json.send(ctx, manifest(ctx));
      return;
    }
    JsonNode batch = parse(queries);
    if (!batch.isObject() || batch.isEmpty()) throw ApiException.badRequest("'queries' must be a JSON object of queries");
    if (batch.size() > MatchApi.MAX_QUERIES) throw ApiException.badRequest("at most " + MatchApi.MAX_QUERIES + " queries per request");
    ObjectNode out = Json.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = batch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> q = it.next();
      out.putObject(q.getKey()).set("result", candidates(q.getKey(), q.getValue()));
    }
    Json.send(ctx, out);
  }

  /** {@code GET /reconcile/preview?id=}: a small HTML card OpenRefine shows in a pop-up. */
  public void preview(Context ctx) {
    Backend.Loaded lists = backend.loaded();
    String id = EntityApi.known(lists, Params.text("id", ctx.queryParam("id"), 300));
    Entity e = lists.graph().entity(id).orElseThrow();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(Html.esc(e.caption())).append("</title></head><body style=\"font:13px sans-serif;margin:6px\"><strong>")
        .append(Html.esc(e.caption())).append("</strong> <small>").append(Html.esc(e.schema())).append(" · ")
        .append(Html.esc(e.id())).append("</small><ul>");
    for (Designation d : e.designations()) html.append("<li>").append(Html.esc(Html.designation(d))).append("</li>");
    html.append("</ul></body></html>");
    ctx.contentType("text/html; charset=utf-8").result(html.toString());
  }

  /** {@code GET /reconcile/suggest/entity?prefix=}: names as the user types them in OpenRefine. */
  public void suggest(Context ctx) {
    String prefix = Params.text("prefix", ctx.queryParam("prefix"), 200);
    ScreenedRecord r = Screening.screen(backend.loaded(), Query.ofName(prefix), 0.5, 10, null);
    ArrayNode result = Json.mapper().createArrayNode();
    for (MatchResult m : r.results()) {
      result.addObject().put("id", m.entity().id()).put("name", m.entity().caption()).put("description", description(m.entity()));
    }
    ObjectNode out = Json.object();
    out.set("result", result);
    Json.send(ctx, out);
  }

  private ArrayNode candidates(String key, JsonNode q) {
    if (!q.isObject()) throw ApiException.badRequest("query '" + key + "' must be an object");
    String text = q.path("query").asText("");
    if (text.isBlank()) throw ApiException.badRequest("query '" + key + "' has no 'query' text");
    int limit = q.has("limit") ? Params.count(key + ".limit", q.get("limit").asText(), 3, MatchApi.MAX_LIMIT) : 3;
    List<String> countries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (JsonNode p : q.path("properties")) {
      String pid = p.path("pid").asText("");
      for (String v : values(p.get("v"))) {
        if (pid.equals("country") || pid.equals("jurisdiction")) countries.add(Screening.country(v));
        else if (!pid.equals("name") && !v.isBlank()) ids.add(v);
      }
    }
    String type = q.path("type").asText(null);
    Query query = new Query(MatchApi.schema(type, "query " + key + " type"), List.of(text.strip()), countries, ids);
    ScreenedRecord r = Screening.screen(backend.loaded(), query, 0.5, limit, null);
    ArrayNode out = Json.mapper().createArrayNode();
    List<MatchResult> results = r.results();
    for (int i = 0; i < results.size(); i++) {
      MatchResult m = results.get(i);
      boolean clearlyFirst = i == 0 && (results.size() == 1 || results.get(1).score() < m.score() - 0.1);
      ObjectNode c = out.addObject().put("id", m.entity().id()).put("name", m.entity().caption())
          .put("score", Math.round(m.score() * 1000) / 10.0).put("match", m.score() >= AUTO_MATCH && clearlyFirst)
          .put("description", description(m.entity()));
      c.putArray("type").addObject().put("id", m.entity().schema()).put("name", m.entity().schema());
    }
    return out;
  }

  private static List<String> values(JsonNode v) {
    if (v == null || v.isNull()) return List.of();
    if (v.isArray()) {
      List<String> out = new ArrayList<>();
      v.forEach(x -> out.add(x.isObject() ? x.path("id").asText(x.path("name").asText("")) : x.asText()));
      return out;
    }
    return List.of(v.isObject() ? v.path("id").asText("") : v.asText());
  }

  private static String description(Entity e) {
    return String.join("; ", e.designations().stream().map(Html::designation).limit(2).toList());
  }

  private ObjectNode manifest(Context ctx) {
    String base = ctx.scheme() + "://" + ctx.host();
    String key = ctx.queryParam("api_key") == null ? "" : "api_key=" + java.net.URLEncoder.encode(ctx.queryParam("api_key"),
        java.nio.charset.StandardCharsets.UTF_8) + "&";
    ObjectNode m = Json.object().put("name", "tiescan restricted-party lists").put("identifierSpace", "https://tiescan.org/entity/")
        .put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
    m.putArray("versions").add("0.2");
    ArrayNode types = m.putArray("defaultTypes");
    for (String[] t : TYPES) types.addObject().put("id", t[0]).put("name", t[1]);
    m.putObject("view").put("url", base + "/ui/entities/{{id}}");
    m.putObject("preview").put("url", base + "/reconcile/preview?" + key + "id={{id}}").put("width", 420).put("height", 220);
    m.putObject("suggest").putObject("entity").put("service_url", base)
        .put("service_path", "/reconcile/suggest/entity" + (key.isEmpty() ? "" : "?" + key.substring(0, key.length() - 1)));
    return m;
  }

  /** A form parameter (OpenRefine posts form-encoded) or a query parameter (GET). */
  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v != null || !String.valueOf(ctx.contentType()).startsWith("application/x-www-form-urlencoded")) return v;
    return ctx.formParam(name);
  }

  /** The older single-query form: {@code query=Hikvision} or {@code query={"query": "Hikvision"}}. */
  private static JsonNode single(String query) {
    String q = query.strip();
    return q.startsWith("{") ? parse(q) : Json.object().put("query", q);
  }

  private static JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("'queries' is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
