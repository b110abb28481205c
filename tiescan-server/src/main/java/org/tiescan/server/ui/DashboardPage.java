package org.tiescan.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;
import org.tiescan.server.auth.Access;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.runs.ScreeningRun;

/** {@code /ui}: hits by list and by status (case store), hits by month (screening runs), as server-drawn SVG bars. */
public final class DashboardPage {
  private final Backend backend;

  public DashboardPage(Backend backend) {
    this.backend = backend;
  }

  public void show(Context ctx) {
    Map<String, Long> byList = new TreeMap<>();
    Map<String, Long> byStatus = new TreeMap<>();
    for (Hit h : backend.cases().hits()) {
      byStatus.merge(h.status().sql(), 1L, Long::sum);
      for (String dataset : datasets(h)) byList.merge(dataset, 1L, Long::sum);
    }
    Map<String, Long> byMonth = new TreeMap<>();
    for (ScreeningRun r : backend.data().runs().list()) {
      if (r.startedAt() != null) byMonth.merge(r.startedAt().atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7), r.hitCount(), Long::sum);
    }
    String body = "<div class=\"charts\"><section><h2>Review hits by list</h2>" + Charts.bars("Review hits by list", byList)
        + "</section><section><h2>Review hits by status</h2>" + Charts.bars("Review hits by status", byStatus)
        + "</section><section><h2>Screening hits by month</h2>" + Charts.bars("Records with hits per month (screening runs)", byMonth)
        + "</section></div>";
    ctx.html(Html.page("Dashboard", "Dashboard", Access.session(ctx).orElse(null), body));
  }

  /** The datasets of the list entry a hit rests on, from the entity JSON kept as its evidence. */
  private static Iterable<String> datasets(Hit h) {
    try {
      JsonNode e = Json.mapper().readTree(h.evidence().entityJson());
      java.util.List<String> out = new java.util.ArrayList<>();
      e.path("datasets").forEach(d -> out.add(d.asText()));
      return out.isEmpty() ? java.util.List.of("(unknown)") : out;
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      return java.util.List.of("(unknown)");
    }
  }
}
