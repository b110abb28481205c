package org.tiescan.screen.tools;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;

/**
 * Writes examples/suppliers.xlsx from examples/suppliers.csv (same rows, sheet "Suppliers"), so the
 * XLSX path can be tried on the same data. Run from the repository root:
 * {@code java -cp <test classpath> org.tiescan.screen.tools.ExampleXlsx examples/suppliers.csv examples/suppliers.xlsx}
 */
public final class ExampleXlsx {
  private ExampleXlsx() {}

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path xlsx = Path.of(args[1]);
    try (InputReader in = InputFiles.open(csv, null, null); OutputStream os = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(os, "tiescan", "1.0");
      Worksheet ws = wb.newWorksheet("Suppliers");
      List<String> columns = in.columns();
      for (int c = 0; c < columns.size(); c++) ws.value(0, c, columns.get(c));
      int row = 1;
      while (in.hasNext()) {
        InputRecord r = in.next();
        for (int c = 0; c < columns.size(); c++) ws.value(row, c, r.get(columns.get(c)));
        row++;
      }
      wb.finish();
    }
  }
}
