package org.tiescan.screen.equipment;

import static org.tiescan.screen.report.HtmlReport.esc;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiescan.screen.report.HtmlReport;
import org.tiescan.screen.report.ReportException;

/**
 * A self-contained HTML page for a reviewer, in the style of the screening report: counts, every
 * flagged asset with its covered manufacturer, rules (citation, FCC date of inclusion) and evidence,
 * then the assets whose status is UNKNOWN or INVALID, then unreadable lines. Clean assets are counted only.
 */
public final class EquipmentHtml implements FindingSink {
  private final Writer out;
  private final String title;
  private final List<EquipmentFinding> flagged = new ArrayList<>();
  private final List<EquipmentFinding> undecided = new ArrayList<>();

  public EquipmentHtml(Writer out, String title) {
    this.out = out;
    this.title = title;
  }

  @Override
  public void accept(EquipmentFinding f) {
    if (f.status() == EquipmentStatus.FLAGGED) flagged.add(f);
    else if (f.status() != EquipmentStatus.CLEAR) undecided.add(f);
  }

  @Override
  public void finish(EquipmentSummary s) {
    StringBuilder h = new StringBuilder(16 * 1024);
    HtmlReport.open(h, title, "A flagged asset is a lead for review, not a finding; UNKNOWN means the data cannot "
        + "tell, not that the asset is clean.");
    summary(h, s);
    h.append("<section aria-labelledby=\"hits-h\"><h2 id=\"hits-h\">Flagged assets (").append(flagged.size()).append(")</h2>\n");
    if (flagged.isEmpty()) h.append("<p>No asset is tied to a covered manufacturer by the evidence used.</p>\n");
    flagged.forEach(f -> asset(h, f));
    h.append("</section>\n<section aria-labelledby=\"und-h\"><h2 id=\"und-h\">Unknown, invalid and unreadable (")
        .append(undecided.size()).append(")</h2><ul class=\"problems\">");
    for (EquipmentFinding f : undecided) {
      h.append("<li>Line ").append(f.asset().line()).append(" <code>").append(esc(f.asset().assetId())).append("</code> ")
          .append(esc(f.asset().mac())).append(": <strong>").append(f.status()).append("</strong> — ").append(esc(f.note()))
          .append("</li>");
    }
    h.append("</ul></section>\n</main></body></html>\n");
    try {
      out.write(h.toString());
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write HTML report: " + e.getMessage(), e);
    }
  }

  private static void summary(StringBuilder h, EquipmentSummary s) {
    h.append("<section aria-labelledby=\"sum-h\"><h2 id=\"sum-h\">Summary</h2><dl class=\"counts\">");
    HtmlReport.count(h, "Input file", s.file());
    HtmlReport.count(h, "Assets", Integer.toString(s.assets()));
    for (EquipmentStatus st : EquipmentStatus.values()) HtmlReport.count(h, st.name(), Integer.toString(s.count(st)));
    s.byConfidence().forEach((c, n) -> HtmlReport.count(h, "Flagged " + c, Integer.toString(n)));
    s.byReview().forEach((r, n) -> HtmlReport.count(h, "Review " + r, Integer.toString(n)));
    h.append("</dl></section>\n");
  }


  private static void asset(StringBuilder h, EquipmentFinding f) {
    h.append("<article class=\"record\"><h3>Line ").append(f.asset().line()).append(": ")
        .append(esc(f.asset().assetId().isEmpty() ? f.asset().mac() : f.asset().assetId())).append(" — ")
        .append(esc(f.manufacturer().name())).append(" <span class=\"score\">").append(f.confidence()).append("</span></h3>")
        .append("<p><code>").append(esc(f.hitKey())).append("</code></p>")
        .append(f.review() == null ? "" : "<p class=\"review\"><strong>Review:</strong> " + esc(f.review().describe()) + "</p>")
        .append("<details><summary>Input fields</summary><dl class=\"input\">");
    for (Map.Entry<String, String> e : f.asset().fields().entrySet()) HtmlReport.count(h, e.getKey(), e.getValue());
    h.append("</dl></details><ul class=\"features\" aria-label=\"Evidence\">");
    for (Evidence e : f.evidence()) h.append("<li><code>").append(esc(e.kind())).append("</code> ").append(esc(e.detail())).append("</li>");
    h.append("</ul><table><caption>Rules</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Citation</th>")
        .append("<th scope=\"col\">Date</th><th scope=\"col\">Source</th></tr></thead><tbody>");
    for (CoveredManufacturer.Rule r : f.rules()) {
      h.append("<tr><td>").append(esc(r.title())).append(r.entry() == null ? "" : "<br><small>" + esc(r.entry()) + "</small>")
          .append("</td><td>").append(esc(r.citation())).append("</td><td>").append(r.date() == null ? "" : esc(r.dateLabel() + " " + r.date()))
          .append(r.dateSource() == null ? "" : "<br><small>" + esc(r.dateSource()) + "</small>").append("</td><td>")
          .append(r.url().startsWith("https://") ? "<a href=\"" + esc(r.url()) + "\" rel=\"noopener noreferrer\">" + esc(r.url()) + "</a>" : esc(r.url()))
          .append("</td></tr>");
    }
    h.append("</tbody></table></article>\n");
  }
}
