package org.tiescan.screen.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiescan.graph.ExposureHit;
import org.tiescan.graph.ExposurePath;
import org.tiescan.graph.RuleFinding;
import org.tiescan.match.Explanation;
import org.tiescan.match.MatchResult;
import org.tiescan.model.Designation;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.HitContext;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.ScreeningSummary;

/**
 * A single self-contained HTML page (inline CSS, no scripts, nothing fetched) for a reviewer: the run's
 * counts, then every record with a hit, each hit with its legal basis (list, program, citation, dates,
 * source link), the names that matched and the explanation. The counts open the page but are known only
 * at the end, so each record with a hit is rendered as it comes into a temporary file, copied into the page
 * by {@link #finish} and deleted by {@link #close}: holding the records until the end kept every hit's
 * entity and context in memory, which 50,000 names against a million-entity list (126,000 hits, a 145 MB
 * page) did not fit in a 2 GB heap with the rest. Clean records cost nothing.
 */
public final class HtmlReport implements ResultSink {
  private final Writer out;
  private final String title;
  private final List<RecordProblem> problems = new ArrayList<>();
  /** The rendered records with hits, in input order; null until the first. */
  private Path spill;
  private Writer spilled;
  private long hits;

  public HtmlReport(Writer out, String title) {
    this.out = out;
    this.title = title;
  }

  @Override
  public void accept(ScreenedRecord r) {
    if (r.problem() != null) {
      problems.add(r.problem());
    } else if (!r.results().isEmpty()) {
      StringBuilder h = new StringBuilder(4096);
      record(h, r);
      try {
        spill().write(h.toString());
      } catch (IOException e) {
        throw new ReportException("cannot write HTML report: " + e.getMessage(), e);
      }
      hits++;
    }
  }

  private Writer spill() throws IOException {
    if (spilled == null) {
      spill = Files.createTempFile("tiescan-report-", ".html.part");
      spilled = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
    }
    return spilled;
  }

  @Override
  public void finish(ScreeningSummary s) {
    try {
      StringBuilder h = new StringBuilder(16 * 1024);
      open(h, title, "Every hit shows the list entry and the legal basis it stands on; a hit is a lead for review, not a finding.");
      summary(h, s);
      h.append("<section aria-labelledby=\"hits-h\"><h2 id=\"hits-h\">Records with hits (")
          .append(hits).append(")</h2>\n");
      if (hits == 0) h.append("<p>No record matched an entry above the threshold.</p>\n");
      out.write(h.toString());
      if (spilled != null) {
        spilled.close();
        try (Reader records = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
          records.transferTo(out);
        }
      }
      h.setLength(0);
      h.append("</section>\n");
      problemsSection(h);
      out.write(h.append("</main></body></html>\n").toString());
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write HTML report: " + e.getMessage(), e);
    }
  }

  /** Deletes the temporary file of rendered records, after {@link #finish} or a failed run. */
  @Override
  public void close() {
    try {
      if (spilled != null) spilled.close();
      if (spill != null) Files.deleteIfExists(spill);
    } catch (IOException e) {
      throw new ReportException("cannot remove the HTML report's temporary file " + spill + ": " + e.getMessage(), e);
    }
  }

  private static void summary(StringBuilder h, ScreeningSummary s) {
    h.append("<section aria-labelledby=\"sum-h\"><h2 id=\"sum-h\">Summary</h2><dl class=\"counts\">");
    count(h, "Input file", s.file());
    count(h, "Records read", Long.toString(s.records()));
    count(h, "Screened", Long.toString(s.screened()));
    count(h, "With hits", Long.toString(s.withHits()));
    count(h, "Not screened (problems)", Long.toString(s.problems()));
    count(h, "Elapsed", String.format(java.util.Locale.ROOT, "%.1f s (%.0f names/s)",
        s.elapsed().toMillis() / 1000.0, s.namesPerSecond()));
    h.append("</dl></section>\n");
  }

  /**
   * The start of every tiescan HTML report, up to the opening {@code <main>}: head with the shared CSS, the
   * title, when and by what it was generated, and {@code note} (what a hit means in this report).
   */
  public static void open(StringBuilder h, String title, String note) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append("</title><style>").append(CSS).append("</style></head><body>\n")
        .append("<header><h1>").append(esc(title)).append("</h1><p>Generated ")
        .append(esc(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append(" by tiescan. ").append(esc(note))
        .append("</p></header><main>\n");
  }

  /** One label and value of a summary's {@code <dl class="counts">}. */
  public static void count(StringBuilder h, String label, String value) {
    h.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd></div>");
  }

  private static void record(StringBuilder h, ScreenedRecord r) {
    h.append("<article class=\"record\"><h3>Line ").append(r.input().line()).append(": ")
        .append(esc(r.query() == null ? "" : String.join(" / ", r.query().names()))).append("</h3>");
    h.append("<details><summary>Input fields</summary><dl class=\"input\">");
    for (Map.Entry<String, String> f : r.input().fields().entrySet()) count(h, f.getKey(), f.getValue());
    h.append("</dl></details>\n");
    for (MatchResult m : r.results()) hit(h, m, r.context(m));
    h.append("</article>\n");
  }

  private static void hit(StringBuilder h, MatchResult m, HitContext c) {
    h.append("<section class=\"hit").append(m.match() ? "" : " below").append("\" aria-label=\"Hit ")
        .append(esc(m.entity().caption())).append("\"><h4><span class=\"score\" title=\"score\">")
        .append(Hits.score(m.score())).append("</span> ").append(esc(m.entity().caption()))
        .append(" <code>").append(esc(m.entity().id())).append("</code>");
    if (c != null) h.append(" <span class=\"basis ").append(esc(c.basis())).append("\">").append(esc(ExposureText.basis(c)))
        .append("</span>");
    h.append("</h4>");
    Explanation x = m.explanation();
    if (x != null) {
      h.append("<p class=\"why\"><strong>Why:</strong> ").append(esc(x.summary())).append("</p>");
      if (!x.features().isEmpty()) {
        h.append("<ul class=\"features\" aria-label=\"Evidence\">");
        for (Explanation.Feature f : x.features()) {
          h.append("<li><code>").append(esc(f.name())).append("</code> ").append(Hits.score(f.value()))
              .append(f.detail() == null ? "" : " — " + esc(f.detail())).append("</li>");
        }
        h.append("</ul>");
      }
    }
    h.append("<p class=\"names\"><strong>Names on the list:</strong> ")
        .append(esc(String.join(" · ", m.entity().names()))).append("</p>");
    designations(h, m.entity().designations());
    if (c != null) exposure(h, c);
    h.append("</section>\n");
  }

  /** The same organisation under other entries, and the designated entities it is linked to, path by path. */
  private static void exposure(StringBuilder h, HitContext c) {
    if (!c.sameAs().isEmpty()) {
      h.append("<p class=\"same\"><strong>Same organisation as:</strong> ");
      List<String> same = new ArrayList<>();
      for (MatchResult s : c.sameAs()) same.add(esc(s.entity().caption()) + " <code>" + esc(s.entity().id()) + "</code>");
      h.append(String.join(" · ", same)).append("</p>");
    }
    if (c.exposure().hits().isEmpty()) return;
    h.append("<div class=\"exposure\"><strong>Exposure through ownership and affiliation:</strong><ol>");
    for (ExposureHit x : c.exposure().hits()) {
      for (ExposurePath p : x.paths()) {
        h.append("<li><span class=\"path\">").append(esc(ExposureText.path(x, p))).append("</span><ul class=\"sources\">");
        for (String src : ExposureText.sources(p)) h.append("<li>").append(esc(src)).append("</li>");
        h.append("</ul></li>");
      }
    }
    h.append("</ol>");
    for (RuleFinding f : c.exposure().rules()) {
      h.append("<p class=\"rule\"><strong>").append(esc(f.rule())).append(":</strong> ")
          .append(esc(String.valueOf(f.status()))).append(" — ").append(esc(f.explanation())).append("</p>");
    }
    h.append("</div>");
  }

  private static void designations(StringBuilder h, List<Designation> ds) {
    if (ds.isEmpty()) return;
    h.append("<table><caption>Legal basis</caption><thead><tr><th scope=\"col\">List</th>")
        .append("<th scope=\"col\">Program</th><th scope=\"col\">Citation</th><th scope=\"col\">Start</th>")
        .append("<th scope=\"col\">End</th><th scope=\"col\">Source</th></tr></thead><tbody>");
    for (Designation d : ds) {
      h.append("<tr><td>").append(esc(d.list())).append("</td><td>").append(esc(String.join("; ", d.programs())))
          .append("</td><td>").append(esc(String.join("; ", d.citations()))).append("</td><td>")
          .append(esc(d.startDate())).append("</td><td>").append(esc(d.endDate())).append("</td><td>")
          .append(link(d.sourceUrl())).append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private void problemsSection(StringBuilder h) {
    if (problems.isEmpty()) return;
    h.append("<section aria-labelledby=\"prob-h\"><h2 id=\"prob-h\">Records not screened (")
        .append(problems.size()).append(")</h2><ul class=\"problems\">");
    for (RecordProblem p : problems) h.append("<li>").append(esc(p.toString())).append("</li>");
    h.append("</ul></section>\n");
  }

  /** Only http(s) addresses become links; anything else is shown as text. */
  private static String link(String url) {
    if (url == null || url.isBlank()) return "";
    if (!url.startsWith("https://") && !url.startsWith("http://")) return esc(url);
    return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + esc(url) + "</a>";
  }

  public static String esc(String s) {
    if (s == null) return "";
    int first = firstToEscape(s);
    // most names, ids and citations have nothing to escape: returned as they are, not copied char by char
    if (first < 0) return s;
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Where the first character HTML needs escaped is in {@code s}, or -1. */
  private static int firstToEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') return i;
    }
    return -1;
  }

  public static final String CSS = String.join("",
      "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',sans-serif;",
      "margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1b1b1b;background:#fff}",
      "h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;border-bottom:2px solid #ddd;margin-top:2rem}",
      "h3{font-size:1.1rem;margin:.2rem 0}h4{font-size:1rem;margin:.3rem 0}",
      ".counts{display:flex;flex-wrap:wrap;gap:.5rem 2rem}.counts div{min-width:8rem}",
      "dt{font-size:.85rem;color:#555}dd{margin:0;font-weight:600}",
      ".input{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.3rem}",
      ".record{border:1px solid #ccc;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}",
      ".hit{border-left:4px solid #b00020;padding-left:.8rem;margin:.8rem 0}.hit.below{border-color:#999}",
      ".score{display:inline-block;background:#b00020;color:#fff;border-radius:4px;padding:0 .4rem;",
      "font-variant-numeric:tabular-nums}.below .score{background:#666}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0}",
      "caption{text-align:left;font-weight:600}th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;",
      "vertical-align:top}th{background:#f3f3f3}td a{word-break:break-all}",
      "code{font-size:.85em;background:#f3f3f3;padding:0 .2rem}.features{margin:.2rem 0;font-size:.9rem}",
      ".basis{font-size:.8rem;font-weight:normal;border-radius:4px;padding:0 .4rem;background:#eee}",
      ".basis.exposure{background:#fff0c2}.exposure ol{margin:.2rem 0}.path{font-weight:600}",
      ".sources{font-size:.85rem;color:#444}.rule{font-size:.9rem;margin:.2rem 0}",
      "a{color:#0645ad}");
}
