package org.tiescan.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.auth.ApiKeys;
import org.tiescan.server.auth.Role;
import org.tiescan.server.monitor.ScheduledMonitor;

/** Admin endpoints: API keys, and running the monitor now. */
public final class AdminApi {
  private final Backend backend;
  private final ScheduledMonitor monitor;

  public AdminApi(Backend backend, ScheduledMonitor monitor) {
    this.backend = backend;
    this.monitor = monitor;
  }

  /** {@code POST /keys} {@code {"name", "role"}}: the key is in this answer only. */
  public void createKey(Context ctx) {
    JsonNode body = Json.body(ctx);
    try {
      ApiKeys.CreatedKey k = backend.keys().create(body.path("name").asText(null), Role.parse(body.path("role").asText("viewer")));
      Json.send(ctx, 201, Json.object().put("name", k.principal().name()).put("role", k.principal().role().key())
          .put("key", k.key()).put("note", "shown once; only its SHA-256 is stored"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  public void keys(Context ctx) {
    ArrayNode a = Json.mapper().createArrayNode();
    for (ApiKeys.KeyInfo k : backend.keys().list()) {
      a.addObject().put("id", k.id()).put("name", k.name()).put("role", k.role().key()).put("prefix", k.prefix())
          .put("created_at", k.createdAt().toString()).put("revoked_at", k.revokedAt() == null ? null : k.revokedAt().toString());
    }
    ObjectNode out = Json.object();
    out.set("keys", a);
    Json.send(ctx, out);
  }

  public void revokeKey(Context ctx) {
    String name = ctx.pathParam("name");
    if (!backend.keys().revoke(name)) throw ApiException.notFound("no live key named '" + name + "'");
    Json.send(ctx, Json.object().put("name", name).put("revoked", true));
  }

  /** {@code POST /monitor/run}: rescreens the register now (as the schedule would) and returns the new hits. */
  public void runMonitor(Context ctx) {
    Json.send(ctx, ScheduledMonitor.json(monitor.runOnce()));
  }
}
