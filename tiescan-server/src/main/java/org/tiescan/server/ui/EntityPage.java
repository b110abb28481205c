package org.tiescan.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tiescan.model.Entity;
import org.tiescan.server.Backend;
import org.tiescan.server.api.EntityApi;
import org.tiescan.server.auth.Access;

/**
 * {@code /ui/entities/{id}}: names, designations (list, citation, dates, source), the evidence behind
 * curated values with links to their sources, the ownership picture (EntityView's SVG) and the
 * designated entities it is exposed to.
 */
public final class EntityPage {
  private final Backend backend;

  public EntityPage(Backend backend) {
    this.backend = backend;
  }

  public void show(Context ctx) {
    Backend.Loaded lists = backend.loaded();
    String id = EntityApi.known(lists, ctx.pathParam("id"));
    Entity e = lists.graph().entity(id).orElseThrow();
    ObjectNode json = lists.view().json(id, 2);
    StringBuilder body = new StringBuilder("<p class=\"meta\">").append(Html.esc(e.schema())).append(" · <code>")
        .append(Html.esc(e.id())).append("</code> · datasets ").append(Html.esc(String.join(", ", e.datasets()))).append("</p>");
    body.append("<h2>Names and identifiers</h2><dl class=\"props\">");
    e.properties().forEach((k, vs) -> {
      if (!"sourceUrl".equals(k)) body.append("<dt>").append(Html.esc(k)).append("</dt><dd>").append(Html.esc(String.join(" | ", vs))).append("</dd>");
    });
    body.append("</dl><h2>Designations</h2>").append(SearchPage.designations(e.designations()));
    body.append(evidence(json.path("evidence")));
    body.append("<h2>Ownership and affiliation</h2><figure class=\"graph\" aria-label=\"Ownership and affiliation graph of ")
        .append(Html.esc(e.caption())).append("\">").append(lists.view().svg(id, 2).replaceFirst("^<\\?xml[^>]*>\\s*", ""))
        .append("<figcaption>Listed entities are outlined in red. <a href=\"/entities/").append(Html.url(id))
        .append("/graph.svg\">SVG file</a></figcaption></figure>");
    body.append(exposure(json.path("exposure")));
    ctx.html(Html.page(e.caption(), "", Access.session(ctx).orElse(null), body.toString()));
  }

  private static String evidence(JsonNode claims) {
    if (claims.isEmpty()) return "";
    StringBuilder s = new StringBuilder("<h2>Evidence</h2><ul class=\"evidence\">");
    for (JsonNode c : claims) {
      s.append("<li><strong>").append(Html.esc(c.path("property").asText())).append("</strong> = ")
          .append(Html.esc(c.path("value").asText())).append(sources(c.path("sources"))).append("</li>");
    }
    return s.append("</ul>").toString();
  }

  private static String sources(JsonNode sources) {
    StringBuilder s = new StringBuilder("<ul>");
    for (JsonNode p : sources) {
      s.append("<li>");
      String url = p.path("url").asText("");
      String title = p.path("title").asText("source");
      if (url.startsWith("http")) s.append("<a href=\"").append(Html.esc(url)).append("\" rel=\"noopener noreferrer\">").append(Html.esc(title)).append("</a>");
      else s.append(Html.esc(title));
      for (String f : new String[] {"publisher", "date", "citation", "locator"}) {
        if (p.hasNonNull(f)) s.append(", ").append(Html.esc(p.get(f).asText()));
      }
      s.append("</li>");
    }
    return s.append("</ul>").toString();
  }

  private static String exposure(JsonNode exposure) {
    JsonNode connected = exposure.path("connected_listed");
    if (connected.isEmpty()) return "";
    StringBuilder s = new StringBuilder("<h2>Exposure to designated entities</h2><ul class=\"exposure\">");
    for (JsonNode c : connected) {
      s.append("<li><a href=\"/ui/entities/").append(Html.url(c.path("id").asText())).append("\">")
          .append(Html.esc(c.path("caption").asText())).append("</a> (distance ").append(c.path("distance").asInt()).append(")<ul>");
      for (JsonNode p : c.path("paths")) s.append("<li>").append(Html.esc(p.path("description").asText())).append("</li>");
      s.append("</ul></li>");
    }
    return s.append("</ul>").toString();
  }
}
