package org.tiescan.screen.equipment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.tiescan.screen.report.CsvReports;
import org.tiescan.screen.report.ReportException;

/** One row per asset: the input columns unchanged, then the screening columns. */
public final class EquipmentCsv implements FindingSink {
  public static final List<String> RESULT_COLUMNS = List.of("status", "confidence", "covered_manufacturer", "rules",
      "evidence", "hit_key", "note", "review");

  private final List<String> inputColumns;
  private final CSVPrinter printer;

  public EquipmentCsv(Writer out, List<String> inputColumns) {
    this.inputColumns = List.copyOf(inputColumns);
    this.printer = CsvReports.open(out, inputColumns, RESULT_COLUMNS);
  }

  @Override
  public void accept(EquipmentFinding f) {
    List<String> row = new ArrayList<>();
    for (String c : inputColumns) row.add(f.asset().fields().getOrDefault(c, ""));
    row.add(f.status().name());
    row.add(f.confidence() == null ? "" : f.confidence().name());
    row.add(f.manufacturer() == null ? "" : f.manufacturer().name());
    row.add(f.rules().stream().map(CoveredManufacturer.Rule::describe).collect(Collectors.joining("; ")));
    row.add(f.evidence().stream().map(e -> e.kind() + ": " + e.detail()).collect(Collectors.joining(" | ")));
    row.add(f.hitKey() == null ? "" : f.hitKey());
    row.add(f.note());
    row.add(f.review() == null ? "" : f.review().describe());
    try {
      printer.printRecord(row);
    } catch (IOException e) {
      throw new ReportException("cannot write CSV report: " + e.getMessage(), e);
    }
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
