package org.tiescan.screen.publications;

import static org.tiescan.screen.report.HtmlReport.esc;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.report.ExposureText;
import org.tiescan.screen.report.HtmlReport;
import org.tiescan.screen.report.ReportException;

/**
 * A self-contained HTML page: counts, a chart of works and flagged works per year, a chart of
 * flagged works per listed entity, then every flagged work with its authors, the affiliation that
 * matched, the organisation it resolved to (and why), and the listing (list, citation, matched name,
 * ownership path). Keeps only flagged works in memory (at most {@link #MAX_SHOWN}; the rest are counted).
 */
public final class PublicationHtml implements WorkSink {
  static final int MAX_SHOWN = 2000;
  private final Writer out;
  private final String title;
  private final List<ScreenedWork> flagged = new ArrayList<>();
  private long notShown;

  public PublicationHtml(Writer out, String title) {
    this.out = out;
    this.title = title;
  }

  @Override
  public void accept(ScreenedWork w) {
    if (!w.flagged()) return;
    if (flagged.size() < MAX_SHOWN) flagged.add(w);
    else notShown++;
  }

  @Override
  public void finish(PublicationSummary s) {
    StringBuilder h = new StringBuilder(64 * 1024);
    HtmlReport.open(h, title, "A flagged work is a lead for review: an author's stated affiliation resolves to, or "
        + "belongs to, a listed organisation. It says nothing about the author as a person.");
    summary(h, s);
    charts(h, s);
    h.append("<section aria-labelledby=\"hits-h\"><h2 id=\"hits-h\">Flagged works (").append(s.flagged()).append(")</h2>\n");
    if (flagged.isEmpty()) h.append("<p>No affiliation of these works leads to a listed organisation.</p>\n");
    flagged.forEach(w -> work(h, w));
    if (notShown > 0) h.append("<p>").append(notShown).append(" more flagged works are in the CSV and JSON lines reports.</p>");
    h.append("</section>\n");
    problems(h, s.firstProblems(), s.problems());
    h.append("</main></body></html>\n");
    try {
      out.write(h.toString());
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write HTML report: " + e.getMessage(), e);
    }
  }

  private static void summary(StringBuilder h, PublicationSummary s) {
    h.append("<section aria-labelledby=\"sum-h\"><h2 id=\"sum-h\">Summary</h2><dl class=\"counts\">");
    count(h, "Input", String.join(", ", s.files()));
    count(h, "Works read", s.works());
    count(h, "Screened", s.screened());
    count(h, "Flagged", s.flagged());
    if (s.outOfRange() + s.withoutYear() > 0) count(h, "Outside the year range / no year", s.outOfRange() + " / " + s.withoutYear());
    count(h, "Unreadable records", s.problems());
    count(h, "Affiliations", s.affiliations());
    s.byMethod().forEach((m, n) -> count(h, "Resolved by " + m, n));
    h.append("</dl></section>\n");
  }

  private static void charts(StringBuilder h, PublicationSummary s) {
    List<SvgCharts.Bar> years = new ArrayList<>();
    for (Map.Entry<Integer, long[]> e : s.byYear().entrySet()) {
      years.add(new SvgCharts.Bar(e.getKey() == 0 ? "n/a" : e.getKey().toString(), e.getValue()[0], e.getValue()[1]));
    }
    List<SvgCharts.Bar> entities = new ArrayList<>();
    for (PublicationSummary.EntityCount c : s.byEntity()) {
      if (entities.size() == 25) break;
      entities.add(new SvgCharts.Bar(c.caption(), c.works(), c.works()));
    }
    h.append("<section aria-labelledby=\"year-h\"><h2 id=\"year-h\">Works per year</h2><p>Grey: works screened; red: flagged.</p>")
        .append(SvgCharts.columns("Works screened and flagged per year", years)).append("<table><caption>Per year</caption>")
        .append("<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Screened</th><th scope=\"col\">Flagged</th></tr></thead><tbody>");
    years.forEach(b -> h.append("<tr><td>").append(esc(b.label())).append("</td><td>").append(b.value()).append("</td><td>")
        .append(b.highlight()).append("</td></tr>"));
    h.append("</tbody></table></section>\n<section aria-labelledby=\"ent-h\"><h2 id=\"ent-h\">Flagged works per listed entity</h2>");
    if (!entities.isEmpty()) h.append(SvgCharts.rows("Flagged works per listed entity", entities));
    h.append("<table><caption>Per listed entity</caption><thead><tr><th scope=\"col\">Listed entity</th>")
        .append("<th scope=\"col\">Listing</th><th scope=\"col\">Works</th></tr></thead><tbody>");
    for (PublicationSummary.EntityCount c : s.byEntity()) {
      h.append("<tr><td>").append(esc(c.caption())).append("<br><small><code>").append(esc(c.id())).append("</code></small></td><td>")
          .append(esc(c.listing())).append("</td><td>").append(c.works()).append("</td></tr>");
    }
    h.append("</tbody></table></section>\n");
    if (s.byDepartment().isEmpty()) return;
    h.append("<section aria-labelledby=\"dep-h\"><h2 id=\"dep-h\">Flagged works per department of our institution</h2>")
        .append("<table><thead><tr><th scope=\"col\">Department</th><th scope=\"col\">Works</th></tr></thead><tbody>");
    new java.util.TreeMap<>(s.byDepartment()).forEach((d, n) -> h.append("<tr><td>").append(esc(d)).append("</td><td>").append(n)
        .append("</td></tr>"));
    h.append("</tbody></table></section>\n");
  }

  private static void work(StringBuilder h, ScreenedWork s) {
    Work w = s.work();
    h.append("<article class=\"record\"><h3>").append(esc(w.title() == null ? "(no title)" : w.title())).append("</h3><p>")
        .append(w.year() == null ? "" : w.year() + " · ")
        .append(w.doi() == null ? "" : "<a href=\"https://doi.org/" + esc(w.doi()) + "\" rel=\"noopener noreferrer\">doi:" + esc(w.doi()) + "</a> · ")
        .append(esc(w.file())).append(':').append(w.line()).append("</p><ul class=\"features\" aria-label=\"Authors\">");
    for (AffiliationFinding f : s.findings()) {
      if (f.hits().isEmpty()) continue;
      Resolution r = f.resolution();
      h.append("<li><strong>").append(esc(f.author().name())).append("</strong> — ").append(esc(f.affiliation().describe()))
          .append("<br><small>resolved: ").append(esc(r.name() == null ? "(none)" : r.name()))
          .append(r.rorId() == null ? "" : " <code>" + esc(r.rorId()) + "</code>")
          .append(String.format(Locale.ROOT, " · %s, confidence %.2f · ", r.method(), r.confidence())).append(esc(r.reason()))
          .append("</small><ul>");
      for (OrgHit hit : f.hits()) hit(h, hit);
      h.append("</ul></li>");
    }
    h.append("</ul></article>\n");
  }

  private static void hit(StringBuilder h, OrgHit hit) {
    var e = hit.result().entity();
    h.append("<li><strong>").append(esc(e.caption())).append("</strong> <span class=\"score\">")
        .append(String.format(Locale.ROOT, "%.2f", hit.result().score())).append("</span> ")
        .append(esc(ExposureText.listing(e.designations()))).append("<br><small>via ").append(esc(hit.via())).append(": '")
        .append(esc(hit.screenedName())).append("'");
    if (!hit.rorPath().isEmpty()) h.append(" · ROR: ").append(esc(String.join(" → parent → ", hit.rorPath())));
    if (hit.result().explanation() != null) h.append(" · ").append(esc(hit.result().explanation().summary()));
    String paths = ExposureText.paths(hit.context());
    if (hit.context() != null) h.append(" · basis: ").append(esc(ExposureText.basis(hit.context())));
    if (!paths.isEmpty()) h.append(" · ").append(esc(paths));
    for (var d : e.designations()) {
      if (d.sourceUrl() != null && d.sourceUrl().startsWith("http")) {
        h.append(" · <a href=\"").append(esc(d.sourceUrl())).append("\" rel=\"noopener noreferrer\">source</a>");
        break;
      }
    }
    h.append("</small></li>");
  }

  private static void problems(StringBuilder h, List<RecordProblem> problems, long total) {
    h.append("<section aria-labelledby=\"prob-h\"><h2 id=\"prob-h\">Unreadable records (").append(total).append(")</h2><ul class=\"problems\">");
    problems.forEach(p -> h.append("<li>").append(esc(p.toString())).append("</li>"));
    h.append("</ul></section>\n");
  }

  private static void count(StringBuilder h, String label, Object value) {
    HtmlReport.count(h, label, String.valueOf(value));
  }
}
