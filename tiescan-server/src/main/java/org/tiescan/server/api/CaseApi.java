package org.tiescan.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.tiescan.cli.HitJson;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.Params;
import org.tiescan.server.auth.Access;
import org.tiescan.store.cases.Decision;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;
import org.tiescan.store.runs.ScreeningRun;

/**
 * The case store over HTTP: the review queue, one hit, decisions and undo (a stale
 * {@code expect_version} answers 409 with who changed the hit), and the recorded screening runs.
 */
public final class CaseApi {
  private final Backend backend;

  public CaseApi(Backend backend) {
    this.backend = backend;
  }

  /** {@code GET /hits?status=pending&run=N}: pending by default, oldest first. */
  public void hits(Context ctx) {
    String status = ctx.queryParamAsClass("status", String.class).getOrDefault("pending");
    String run = ctx.queryParam("run");
    Long runId = run == null ? null : (long) Params.count("run", run, 1, Integer.MAX_VALUE);
    List<Hit> hits;
    if ("pending".equals(status)) {
      hits = backend.cases().pending(runId);
    } else {
      HitStatus wanted = "all".equals(status) ? null : status(status);
      hits = backend.cases().hits().stream().filter(h -> wanted == null || h.status() == wanted)
          .filter(h -> runId == null || runId.equals(h.runId())).toList();
    }
    ArrayNode a = Json.mapper().createArrayNode();
    hits.forEach(h -> a.add(HitJson.of(h)));
    ObjectNode out = Json.object().put("status", status).put("count", hits.size());
    out.set("hits", a);
    Json.send(ctx, out);
  }

  public void hit(Context ctx) {
    Json.send(ctx, HitJson.of(hit(backend, Params.id(ctx, "id"))));
  }

  /** {@code POST /hits/{id}/decision} {@code {"status", "reason", "expect_version"}}; the reviewer is the key's name. */
  public void decide(Context ctx) {
    long id = Params.id(ctx, "id");
    JsonNode body = Json.body(ctx);
    hit(backend, id);
    HitStatus status = status(body.path("status").asText(""));
    Decision d;
    try {
      d = new Decision(id, status, text(body, "reason"), Access.principal(ctx).name(), version(body));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Json.send(ctx, HitJson.of(backend.cases().decide(d)));
  }

  /** {@code POST /hits/{id}/undo} {@code {"expect_version"}}: the state before the last decision, as a new decision. */
  public void undo(Context ctx) {
    long id = Params.id(ctx, "id");
    hit(backend, id);
    Long version = ctx.body().isBlank() ? null : version(Json.body(ctx));
    Json.send(ctx, HitJson.of(backend.cases().undo(id, Access.principal(ctx).name(), version)));
  }

  /** {@code GET /runs}: the screening runs recorded in the data directory, newest first. */
  public void runs(Context ctx) {
    ArrayNode a = Json.mapper().createArrayNode();
    for (ScreeningRun r : backend.data().runs().list()) a.add(runJson(r));
    ObjectNode out = Json.object();
    out.set("runs", a);
    Json.send(ctx, out);
  }

  /** {@code GET /runs/{id}}: one run with its stored results (entity, score, match, explanation). */
  public void run(Context ctx) {
    long id = Params.id(ctx, "id");
    ScreeningRun r = backend.data().runs().run(id).orElseThrow(() -> ApiException.notFound("no screening run " + id));
    ObjectNode out = runJson(r);
    ArrayNode results = out.putArray("results");
    backend.data().runs().results(id, x -> {
      ObjectNode o = results.addObject().put("record", x.recordNo()).put("entity_id", x.entityId()).put("score", x.score())
          .put("match", x.match());
      o.set("input", tree(x.inputJson()));
      o.set("explanation", tree(x.explanationJson()));
    });
    Json.send(ctx, out);
  }

  private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return json == null ? null : Json.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Json.mapper().getNodeFactory().textNode(json);
    }
  }

  private static ObjectNode runJson(ScreeningRun r) {
    return Json.object().put("id", r.id()).put("started_at", String.valueOf(r.startedAt()))
        .put("finished_at", r.finishedAt() == null ? null : r.finishedAt().toString()).put("input", r.inputPath())
        .put("input_sha256", r.inputSha256()).put("records", r.recordCount()).put("hits", r.hitCount())
        .put("problems", r.problemCount()).put("status", r.status().name().toLowerCase(java.util.Locale.ROOT))
        .put("message", r.message());
  }

  static Hit hit(Backend backend, long id) {
    return backend.cases().hit(id).orElseThrow(() -> ApiException.notFound("no hit " + id));
  }

  static HitStatus status(String s) {
    try {
      return HitStatus.parse(s);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'status' must be one of pending, confirmed, cleared, escalated; got '" + s + "'");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw ApiException.badRequest("'" + field + "' must be a string");
    if (v.asText().length() > 2000) throw ApiException.badRequest("'" + field + "' is longer than 2000 characters");
    return v.asText();
  }

  private static Long version(JsonNode body) {
    JsonNode v = body.get("expect_version");
    if (v == null || v.isNull()) return null;
    if (!v.canConvertToLong() || !v.isIntegralNumber()) throw ApiException.badRequest("'expect_version' must be a whole number");
    return v.asLong();
  }
}
