package org.tiescan.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.Query;
import org.tiescan.model.Schema;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.Params;
import org.tiescan.server.Screening;

/**
 * {@code POST /match/{dataset}} in yente's request and response shape, and {@code GET /search}.
 * Results have the JSON lines screening shape (score, explanation, designations, basis, exposure).
 */
public final class MatchApi {
  /** At most this many queries in one request (yente's batch habit; bigger files go to `tiescan screen`). */
  static final int MAX_QUERIES = 100;
  static final int MAX_LIMIT = 100;
  /**
   * The names a query is matched on. {@code weakAlias} is accepted and not matched: FollowTheMoney marks it
   * "should not be used for matching in screening systems", as the list side's weak aliases count at most
   * 0.6 (docs/matching.md).
   */
  private static final Set<String> NAME_PROPERTIES = Set.of("name", "alias", "previousName");
  private static final Set<String> COUNTRY_PROPERTIES = Set.of("country", "jurisdiction", "mainCountry", "nationality");
  private static final Set<String> ID_PROPERTIES = Set.of("registrationNumber", "leiCode", "taxNumber", "isinCode",
      "idNumber", "uscCode", "ticker", "innCode", "ogrnCode", "swiftBic", "uniqueEntityId", "permId", "identifier");

  private final Backend backend;

  public MatchApi(Backend backend) {
    this.backend = backend;
  }

  public void match(Context ctx) {
    Backend.Loaded lists = backend.loaded();
    String dataset = dataset(lists, ctx.pathParam("dataset"));
    JsonNode body = Json.body(ctx);
    double threshold = threshold(ctx, body);
    int limit = Params.count("limit", ctx.queryParam("limit") != null ? ctx.queryParam("limit")
        : body.path("limit").asText(null), 5, MAX_LIMIT);
    JsonNode queries = body.get("queries");
    if (queries == null || !queries.isObject() || queries.isEmpty()) {
      throw ApiException.badRequest("'queries' must be an object of named queries, e.g. "
          + "{\"queries\": {\"q1\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"Hikvision\"]}}}}");
    }
    if (queries.size() > MAX_QUERIES) throw ApiException.badRequest("at most " + MAX_QUERIES + " queries per request");
    ObjectNode out = Json.object();
    ObjectNode responses = out.putObject("responses");
    for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> q = it.next();
      Query query = query(q.getKey(), q.getValue());
      ScreenedRecord r = Screening.screen(lists, query, threshold, limit, dataset);
      ObjectNode response = responses.putObject(q.getKey()).put("status", 200);
      response.set("results", Screening.results(r));
      response.putObject("total").put("value", r.results().size()).put("relation", "eq");
      response.set("query", q.getValue());
    }
    out.put("limit", limit).put("threshold", threshold).put("dataset", dataset);
    Json.send(ctx, out);
  }

  public void search(Context ctx) {
    String q = Params.text("q", ctx.queryParam("q"), 500);
    double threshold = Params.fraction(ctx, "threshold", 0.5);
    int limit = Params.count(ctx, "limit", 10, MAX_LIMIT);
    String schema = ctx.queryParam("schema");
    ScreenedRecord r = Screening.screen(backend.loaded(), new Query(schema(schema, "schema"), List.of(q), List.of(), List.of()),
        threshold, limit, null);
    ObjectNode out = Json.object().put("query", q).put("threshold", threshold).put("limit", limit);
    out.set("results", Screening.results(r));
    out.putObject("total").put("value", r.results().size()).put("relation", "eq");
    Json.send(ctx, out);
  }

  private static String dataset(Backend.Loaded lists, String dataset) {
    if ("default".equals(dataset)) return dataset;
    boolean known = lists.workspace().lists().stream().anyMatch(l -> l.dataset().equals(dataset));
    if (!known) throw ApiException.notFound("no dataset '" + dataset + "'; use 'default' or one of GET /lists");
    return dataset;
  }

  private static double threshold(Context ctx, JsonNode body) {
    if (ctx.queryParam("threshold") != null) return Params.fraction(ctx, "threshold", MatchOptions.DEFAULT_THRESHOLD);
    JsonNode t = body.get("threshold");
    if (t == null || t.isNull()) return MatchOptions.DEFAULT_THRESHOLD;
    if (!t.isNumber() || t.asDouble() < 0 || t.asDouble() > 1) {
      throw ApiException.badRequest("'threshold' must be a number between 0 and 1");
    }
    return t.asDouble();
  }

  /** One yente query: {@code {"schema": "Company", "properties": {"name": [...], "country": [...]}}}. */
  static Query query(String key, JsonNode q) {
    if (!q.isObject()) throw ApiException.badRequest("query '" + key + "' must be an object");
    JsonNode props = q.path("properties");
    if (!props.isObject()) throw ApiException.badRequest("query '" + key + "' has no 'properties' object");
    List<String> names = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      List<String> values = values(key, p.getKey(), p.getValue());
      if (NAME_PROPERTIES.contains(p.getKey())) names.addAll(values);
      else if (COUNTRY_PROPERTIES.contains(p.getKey())) values.forEach(v -> countries.add(Screening.country(v)));
      else if (ID_PROPERTIES.contains(p.getKey())) ids.addAll(values);
    }
    if (names.isEmpty() && ids.isEmpty()) {
      throw ApiException.badRequest("query '" + key + "' needs a 'name' (or an identifier such as 'registrationNumber', 'leiCode')"
          + (props.has("weakAlias") ? "; a 'weakAlias' is not matched on (FollowTheMoney: too broad for screening)" : ""));
    }
    return new Query(schema(q.path("schema").asText(null), "queries." + key + ".schema"), names, countries, ids);
  }

  private static List<String> values(String key, String property, JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      if (!v.asText().isBlank()) out.add(v.asText().strip());
      return out;
    }
    if (!v.isArray()) throw ApiException.badRequest("queries." + key + ".properties." + property + " must be a list of strings");
    for (JsonNode x : v) {
      if (!x.isTextual() && !x.isNumber()) {
        throw ApiException.badRequest("queries." + key + ".properties." + property + " must be a list of strings");
      }
      if (x.asText().length() > 500) throw ApiException.badRequest("queries." + key + ".properties." + property + ": value too long");
      if (!x.asText().isBlank()) out.add(x.asText().strip());
    }
    return out;
  }

  static String schema(String s, String where) {
    if (s == null || s.isBlank()) return Schema.LEGAL_ENTITY;
    String why = Schema.whyNotQueryable(s);
    if (why != null) throw ApiException.badRequest(where + ": " + why);
    return s;
  }
}
