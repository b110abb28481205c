package org.tiescan.screen.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.tiescan.model.RecordProblem;

/**
 * Reads one sheet of an Excel workbook, streaming its rows. The first non-empty row is the header;
 * row numbers are the ones Excel shows.
 */
final class XlsxInputReader implements InputReader {
  private final String file;
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final List<String> columns;
  private InputRecord pending;

  private XlsxInputReader(String file, ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.file = file;
    this.workbook = workbook;
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
    this.columns = readHeader();
  }

  static XlsxInputReader open(Path path, String sheetName) {
    String file = path.toString();
    ReadableWorkbook wb = null;
    try {
      wb = new ReadableWorkbook(path.toFile());
      Sheet sheet = sheetName == null ? wb.getFirstSheet() : wb.findSheet(sheetName).orElse(null);
      if (sheet == null) {
        throw new InputException(new RecordProblem(file, 0, null, "no sheet named '" + sheetName + "'"));
      }
      return new XlsxInputReader(file, wb, sheet);
    } catch (IOException | RuntimeException e) {
      close(wb);
      if (e instanceof InputException ie) throw ie;
      String why = e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException
          ? "file not found" : "not a readable XLSX workbook: " + e.getMessage();
      throw new InputException(new RecordProblem(file, 0, null, why), e);
    }
  }

  private List<String> readHeader() {
    while (rows.hasNext()) {
      Row row = rows.next();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < row.getCellCount(); i++) names.add(text(row, i).strip());
      while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) names.remove(names.size() - 1);
      if (names.isEmpty()) continue;
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        if (n.isEmpty() || names.subList(0, i).contains(n)) names.set(i, "column_" + (i + 1));
      }
      return List.copyOf(names);
    }
    throw new InputException(new RecordProblem(file, 1, null, "the sheet is empty; expected a header row"));
  }

  private static String text(Row row, int i) {
    if (!row.hasCell(i)) return "";
    Cell c = row.getCell(i);
    if (c == null) return "";
    String t = c.getText();
    return t == null ? "" : t;
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending == null && rows.hasNext()) pending = toRecord(rows.next());
    } catch (RuntimeException e) {
      throw new InputException(new RecordProblem(file, 0, null, "cannot read workbook: " + e.getMessage()), e);
    }
    return pending != null;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    InputRecord r = pending;
    pending = null;
    return r;
  }

  /** Null for an entirely empty row, which spreadsheets often have at the end. */
  private InputRecord toRecord(Row row) {
    Map<String, String> fields = new LinkedHashMap<>();
    boolean empty = true;
    for (int i = 0; i < columns.size(); i++) {
      String v = text(row, i);
      empty &= v.isBlank();
      fields.put(columns.get(i), v);
    }
    for (int i = columns.size(); i < row.getCellCount(); i++) {
      if (!text(row, i).isBlank()) {
        return new InputRecord(row.getRowNum(), fields, new RecordProblem(file, row.getRowNum(), null,
            "row has a value in column " + (i + 1) + " but the header has " + columns.size() + " columns"));
      }
    }
    return empty ? null : InputRecord.of(row.getRowNum(), fields);
  }

  @Override
  public void close() {
    stream.close();
    close(workbook);
  }

  private static void close(ReadableWorkbook wb) {
    if (wb == null) return;
    try {
      wb.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
