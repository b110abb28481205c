package org.tiescan.server.ui;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiescan.graph.ExposureHit;
import org.tiescan.graph.ExposurePath;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Designation;
import org.tiescan.model.Schema;
import org.tiescan.screen.HitContext;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.report.ExposureText;
import org.tiescan.server.Backend;
import org.tiescan.server.Screening;
import org.tiescan.server.auth.Access;

/** {@code /ui/search}: a name in any script (汉字 or Latin), results with their explanation and legal basis. */
public final class SearchPage {
  private final Backend backend;

  public SearchPage(Backend backend) {
    this.backend = backend;
  }

  /**
   * What a search may look for, as the schema a query asks for: organisations and people (what screening
   * asks), ships, aircraft, or any listed entry. A vessel never answers an organisation query (FtM's
   * schema tree), so a ship's name is found only when ships are asked for.
   */
  private static final Map<String, String> KINDS = kinds();

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put(Schema.LEGAL_ENTITY, "Organisation or person");
    kinds.put(Schema.VESSEL, "Vessel");
    kinds.put(Schema.AIRPLANE, "Aircraft");
    kinds.put(Schema.THING, "Any listed entry");
    return kinds;
  }

  public void show(Context ctx) {
    String q = ctx.queryParam("q");
    String country = ctx.queryParam("country");
    String asked = ctx.queryParam("kind");
    String kind = asked == null || asked.isBlank() ? Schema.LEGAL_ENTITY : asked;
    StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/ui/search\" class=\"search\" role=\"search\">"
        + "<label for=\"q\">Name (any script)</label><input id=\"q\" name=\"q\" type=\"search\" required maxlength=\"300\" "
        + "autofocus value=\"" + Html.esc(q) + "\" placeholder=\"e.g. 海康威视 or Hikvision\">"
        + "<label for=\"country\">Country (optional)</label><input id=\"country\" name=\"country\" maxlength=\"60\" value=\""
        + Html.esc(country) + "\" placeholder=\"CN\">" + kindSelect(kind) + "<button type=\"submit\">Search</button></form>");
    if (!KINDS.containsKey(kind)) {
      ctx.status(400);
      body.append("<p class=\"flash error\" role=\"alert\">Unknown kind of entry “").append(Html.esc(kind))
          .append("”: choose one of the list.</p>");
    } else if (q != null && !q.isBlank()) {
      String name = q.strip().length() > 300 ? q.strip().substring(0, 300) : q.strip();
      List<String> countries = country == null || country.isBlank() ? List.of() : List.of(Screening.country(country));
      ScreenedRecord r = Screening.screen(backend.loaded(), new Query(kind, List.of(name), countries, List.of()),
          0.5, 10, null);
      body.append("<section aria-live=\"polite\" id=\"results\"><h2>").append(r.results().size())
          .append(" result(s) for “").append(Html.esc(name)).append("”</h2>");
      if (r.results().isEmpty()) body.append("<p>No list entry scores 0.50 or more for this name.</p>");
      for (MatchResult m : r.results()) body.append(result(m, r.context(m)));
      body.append("</section>");
    }
    ctx.html(Html.page("Search", "Search", Access.session(ctx).orElse(null), body.toString()));
  }

  private static String kindSelect(String chosen) {
    StringBuilder s = new StringBuilder("<label for=\"kind\">Kind of entry</label><select id=\"kind\" name=\"kind\">");
    KINDS.forEach((schema, label) -> s.append("<option value=\"").append(schema).append('"')
        .append(schema.equals(chosen) ? " selected" : "").append('>').append(label).append("</option>"));
    return s.append("</select>").toString();
  }

  /** One hit: caption and score, why it matched, the legal basis and any exposure path. */
  static String result(MatchResult m, HitContext c) {
    StringBuilder s = new StringBuilder("<article class=\"hit\"><h3><a href=\"/ui/entities/")
        .append(Html.url(m.entity().id())).append("\">").append(Html.esc(m.entity().caption())).append("</a> <span class=\"score\">")
        .append(String.format(Locale.ROOT, "%.3f", m.score()))
        // search shows candidates from 0.50; "match" keeps its screening meaning (the default threshold)
        .append(m.score() >= MatchOptions.DEFAULT_THRESHOLD ? " match" : " weaker candidate, below the screening threshold")
        .append("</span></h3>");
    if (m.explanation() != null) s.append("<p class=\"why\"><strong>Why:</strong> ").append(Html.esc(m.explanation().summary())).append("</p>");
    s.append(designations(m.entity().designations()));
    if (c != null) {
      s.append("<p><strong>Basis:</strong> ").append(Html.esc(ExposureText.basis(c))).append("</p>");
      for (ExposureHit h : c.exposure().hits()) {
        for (ExposurePath p : h.paths()) s.append("<p class=\"path\">").append(Html.esc(ExposureText.path(h, p))).append("</p>");
      }
    }
    return s.append("</article>").toString();
  }

  static String designations(List<Designation> ds) {
    if (ds.isEmpty()) return "<p>Not itself on a list.</p>";
    StringBuilder s = new StringBuilder("<table class=\"basis\"><caption>Legal basis</caption><thead><tr><th scope=\"col\">List</th>"
        + "<th scope=\"col\">Program</th><th scope=\"col\">Citation</th><th scope=\"col\">Since</th><th scope=\"col\">Source</th></tr></thead><tbody>");
    for (Designation d : ds) {
      s.append("<tr><td>").append(Html.esc(d.list() == null ? d.dataset() : d.list())).append("</td><td>")
          .append(Html.esc(String.join(", ", d.programs()))).append("</td><td>").append(Html.esc(String.join("; ", d.citations())))
          .append("</td><td>").append(Html.esc(d.startDate())).append("</td><td>");
      if (d.sourceUrl() != null && d.sourceUrl().startsWith("http")) {
        s.append("<a href=\"").append(Html.esc(d.sourceUrl())).append("\" rel=\"noopener noreferrer\">source</a>");
      }
      s.append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

}
