package org.tiescan.screen.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tiescan.match.MatchResult;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;
import org.tiescan.screen.ScreeningSummary;

/** The human summary at the end of a run: counts, the best hits with their citation, the first problems. */
public final class TerminalSummary implements ResultSink {
  private final PrintWriter out;
  private final int topHits;
  private final String idColumn;
  private final List<ScreenedRecord> best = new ArrayList<>();

  /** @param idColumn the user's record id column, shown beside the line number; null when there is none */
  public TerminalSummary(PrintWriter out, int topHits, String idColumn) {
    this.out = out;
    this.topHits = topHits;
    this.idColumn = idColumn;
  }

  @Override
  public void accept(ScreenedRecord r) {
    if (!r.hit()) return;
    best.add(r);
    // keep only the best few so a run with thousands of hits stays small
    if (best.size() > topHits * 4) trim();
  }

  private void trim() {
    best.sort(Comparator.comparingDouble(ScreenedRecord::bestScore).reversed());
    best.subList(Math.min(best.size(), topHits), best.size()).clear();
  }

  @Override
  public void finish(ScreeningSummary s) {
    trim();
    out.printf(Locale.ROOT, "%nScreened %,d of %,d records from %s in %.1f s (%,.0f names/s)%n",
        s.screened(), s.records(), s.file(), s.elapsed().toMillis() / 1000.0, s.namesPerSecond());
    out.printf(Locale.ROOT, "  with hits:    %,d%n", s.withHits());
    out.printf(Locale.ROOT, "  not screened: %,d%s%n", s.problems(), s.problems() > 0 ? " (see below)" : "");
    if (!best.isEmpty()) {
      out.printf("%nTop hits:%n");
      for (ScreenedRecord r : best) line(r);
    }
    if (s.problems() > 0) {
      out.printf("%nRecords not screened:%n");
      s.firstProblems().forEach(p -> out.println("  " + p));
      if (s.problems() > s.firstProblems().size()) {
        out.printf(Locale.ROOT, "  … and %,d more%n", s.problems() - s.firstProblems().size());
      }
    }
    out.flush();
  }

  private void line(ScreenedRecord r) {
    MatchResult m = r.results().get(0);
    String input = r.query() == null ? "" : String.join(" / ", r.query().names());
    String citation = Hits.citations(m);
    String where = "line " + r.input().line() + (idColumn == null ? "" : " " + r.input().get(idColumn));
    out.printf(Locale.ROOT, "  %-20s %s  %-40s → %s [%s%s]%n", where, Hits.score(m.score()),
        clip(input, 40), m.entity().caption(), Hits.lists(m).isEmpty() ? String.join(", ", m.entity().datasets()) : Hits.lists(m),
        citation.isEmpty() ? "" : "; " + citation);
    String path = ExposureText.paths(r.context(m));
    if (!path.isEmpty()) out.println("      exposure: " + clip(path, 200));
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
