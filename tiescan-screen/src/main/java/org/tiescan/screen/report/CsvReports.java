package org.tiescan.screen.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What every CSV report shares: the input columns first, unchanged, then tiescan's own columns. */
public final class CsvReports {
  private CsvReports() {}

  /**
   * A printer whose header is the input columns followed by {@code resultColumns}; a result column
   * whose name the input already uses is written as {@code tiescan_<name>} so no input column is hidden.
   */
  public static CSVPrinter open(Writer out, List<String> inputColumns, List<String> resultColumns) {
    List<String> header = new ArrayList<>(inputColumns);
    for (String c : resultColumns) header.add(inputColumns.contains(c) ? "tiescan_" + c : c);
    try {
      return CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    } catch (IOException e) {
      throw new ReportException("cannot write CSV report: " + e.getMessage(), e);
    }
  }
}
