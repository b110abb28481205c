package org.tiescan.screen.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.tiescan.match.MatchResult;
import org.tiescan.screen.HitContext;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;

/**
 * One row per input record and hit (so a record with two hits gives two rows), plus one row for every
 * record without hits, so the output has every input row. Input columns come first, unchanged.
 */
public final class CsvReport implements ResultSink {
  /** The columns added after the input columns. */
  public static final List<String> RESULT_COLUMNS = List.of(
      "status", "matched_id", "matched_caption", "score", "list", "program", "citation", "start_date",
      "matched_name", "explanation", "source_url", "problem", "basis", "exposure_path");

  private final List<String> inputColumns;
  private final CSVPrinter printer;

  public CsvReport(Writer out, List<String> inputColumns) {
    this.inputColumns = List.copyOf(inputColumns);
    this.printer = CsvReports.open(out, inputColumns, RESULT_COLUMNS);
  }

  @Override
  public void accept(ScreenedRecord r) {
    try {
      if (r.problem() != null) {
        print(r, "problem", null, r.problem().toString());
      } else if (r.results().isEmpty()) {
        print(r, "no match", null, "");
      } else {
        for (MatchResult m : r.results()) print(r, status(r, m), m, "");
      }
    } catch (IOException e) {
      throw new ReportException("cannot write CSV report: " + e.getMessage(), e);
    }
  }

  private void print(ScreenedRecord r, String status, MatchResult m, String problem) throws IOException {
    List<String> row = new ArrayList<>();
    for (String c : inputColumns) row.add(r.input().fields().getOrDefault(c, ""));
    row.add(status);
    if (m == null) {
      for (int i = 0; i < RESULT_COLUMNS.size() - 5; i++) row.add("");
    } else {
      row.add(m.entity().id());
      row.add(m.entity().caption());
      row.add(Hits.score(m.score()));
      row.add(Hits.lists(m));
      row.add(Hits.programs(m));
      row.add(Hits.citations(m));
      row.add(Hits.startDates(m));
      row.add(Hits.matchedName(m));
      row.add(Hits.summary(m));
    }
    row.add(m == null ? "" : Hits.sourceUrls(m));
    row.add(problem);
    HitContext c = m == null ? null : r.context(m);
    row.add(c == null ? "" : c.basis());
    row.add(ExposureText.paths(c));
    printer.printRecord(row);
  }

  /** "match", "below threshold", or "exposure" when the match is through ownership/affiliation only. */
  private static String status(ScreenedRecord r, MatchResult m) {
    if (!m.match()) return "below threshold";
    HitContext c = r.context(m);
    return c != null && HitContext.EXPOSURE.equals(c.basis()) ? "exposure" : "match";
  }

  @Override
  public void close() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write CSV report: " + e.getMessage(), e);
    }
  }
}
