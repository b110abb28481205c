package org.tiescan.screen.publications;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.tiescan.model.Designation;
import org.tiescan.screen.report.CsvReports;
import org.tiescan.screen.report.ExposureText;
import org.tiescan.screen.report.ReportException;

/**
 * One row per flagged affiliation and listed entity (a flagged work has as many rows as it has
 * routes to listed entities), plus one row per unreadable record; clean works are counted only.
 */
public final class PublicationCsv implements WorkSink {
  public static final List<String> COLUMNS = List.of("file", "line", "doi", "title", "year", "work_id", "author",
      "raw_affiliation", "resolved_ror_id", "resolved_name", "resolution_method", "confidence", "resolution_reason",
      "via", "screened_name", "ror_path", "listed_id", "listed_name", "score", "basis", "list", "program", "citation",
      "start_date", "matched_name", "explanation", "exposure_path", "source_url", "problem");

  private final CSVPrinter csv;

  public PublicationCsv(Writer out) {
    this.csv = CsvReports.open(out, List.of(), COLUMNS);
  }

  @Override
  public void accept(ScreenedWork s) {
    Work w = s.work();
    if (w.problem() != null) {
      List<Object> row = prefix(w, "", null);
      while (row.size() < COLUMNS.size() - 1) row.add("");
      row.add(w.problem().toString());
      print(row);
      return;
    }
    for (AffiliationFinding f : s.findings()) {
      for (OrgHit h : f.hits()) print(row(w, f, h));
    }
  }

  private static List<Object> prefix(Work w, String author, AffiliationFinding f) {
    List<Object> r = new ArrayList<>(List.of(w.file(), w.line(), nz(w.doi()), nz(w.title()),
        w.year() == null ? "" : w.year(), nz(w.id()), author));
    if (f != null) {
      Resolution res = f.resolution();
      r.addAll(List.of(f.affiliation().describe(), nz(res.rorId()), nz(res.name()), res.method(),
          String.format(Locale.ROOT, "%.3f", res.confidence()), res.reason()));
    }
    return r;
  }

  private static List<Object> row(Work w, AffiliationFinding f, OrgHit h) {
    List<Object> r = prefix(w, nz(f.author().name()), f);
    Designation d = h.result().entity().designations().isEmpty() ? null : h.result().entity().designations().get(0);
    r.addAll(List.of(h.via(), h.screenedName(), String.join(" → parent → ", h.rorPath()), h.entityId(),
        h.result().entity().caption(), String.format(Locale.ROOT, "%.3f", h.result().score()),
        h.context() == null ? "listed" : h.context().basis(),
        d == null ? "" : nz(d.list()), d == null ? "" : String.join("; ", d.programs()),
        d == null ? "" : String.join("; ", d.citations()), d == null ? "" : nz(d.startDate()),
        h.result().explanation() == null ? "" : nz(h.result().explanation().matchedName()),
        h.result().explanation() == null ? "" : nz(h.result().explanation().summary()),
        ExposureText.paths(h.context()), d == null ? "" : nz(d.sourceUrl()), ""));
    return r;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private void print(List<Object> row) {
    try {
      csv.printRecord(row);
    } catch (IOException e) {
      throw new ReportException("cannot write CSV report: " + e.getMessage(), e);
    }
  }

  @Override
  public void finish(PublicationSummary summary) {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write CSV report: " + e.getMessage(), e);
    }
  }
}
