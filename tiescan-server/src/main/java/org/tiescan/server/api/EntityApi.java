package org.tiescan.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.Params;

/** {@code GET /entities/{id}}: designations, citations, evidence, neighbourhood and exposure; and its picture. */
public final class EntityApi {
  static final int MAX_DEPTH = 4;
  private final Backend backend;

  public EntityApi(Backend backend) {
    this.backend = backend;
  }

  public void entity(Context ctx) {
    Backend.Loaded lists = backend.loaded();
    String id = known(lists, ctx.pathParam("id"));
    ObjectNode o = lists.view().json(id, Params.count(ctx, "depth", 2, MAX_DEPTH));
    Json.send(ctx, o);
  }

  public void svg(Context ctx) {
    Backend.Loaded lists = backend.loaded();
    String id = known(lists, ctx.pathParam("id"));
    ctx.contentType("image/svg+xml; charset=utf-8").result(lists.view().svg(id, Params.count(ctx, "depth", 2, MAX_DEPTH)));
  }

  /** The graph's own id for a list record id or curated id. @throws ApiException 404 */
  public static String known(Backend.Loaded lists, String id) {
    if (lists.graph().entity(id).isEmpty()) throw ApiException.notFound("no entity with id '" + id + "'");
    return lists.graph().canonical(id);
  }
}
