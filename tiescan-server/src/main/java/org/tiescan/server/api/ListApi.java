package org.tiescan.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tiescan.cli.DiffJson;
import org.tiescan.cli.LoadedList;
import org.tiescan.server.ApiException;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.store.diff.VersionDiff;

/** {@code GET /lists} (what is loaded, how old) and {@code GET /lists/{dataset}/diff} (what changed). */
public final class ListApi {
  private final Backend backend;

  public ListApi(Backend backend) {
    this.backend = backend;
  }

  public void lists(Context ctx) {
    ArrayNode a = Json.mapper().createArrayNode();
    for (LoadedList l : backend.loaded().workspace().lists()) {
      a.addObject().put("dataset", l.dataset()).put("title", l.title()).put("snapshot_date", l.snapshotDate())
          .put("source", l.source()).put("imported_at", l.importedAt()).put("entities", l.entities())
          .put("problems", l.problems());
    }
    ObjectNode out = Json.object();
    out.set("lists", a);
    Json.send(ctx, out);
  }

  public void diff(Context ctx) {
    String dataset = ctx.pathParam("dataset");
    if (backend.data().catalog().currentVersion(dataset).isEmpty()) throw ApiException.notFound("no list '" + dataset + "'");
    Optional<VersionDiff> diff = diff(backend, dataset, ctx.queryParam("since"));
    ObjectNode out = diff.map(DiffJson::of).orElseGet(() -> Json.object().put("dataset", dataset)
        .put("message", "only one version, nothing to compare"));
    Json.send(ctx, out);
  }

  /** The latest diff of a list, or the one since a date (YYYY-MM-DD or an ISO instant). */
  public static Optional<VersionDiff> diff(Backend backend, String dataset, String since) {
    if (since == null || since.isBlank()) return backend.data().diffs().latest(dataset);
    try {
      Instant at = since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(since);
      return backend.data().diffs().since(dataset, at);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("'since' wants a date like 2026-01-31, got '" + since + "'");
    }
  }
}
