package org.tiescan.screen.report;

import java.io.IOException;
import java.io.Writer;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;

/** Writes one {@link ResultJson} line per input record, in input order. */
public final class JsonLinesReport implements ResultSink {
  private final Writer out;

  public JsonLinesReport(Writer out) {
    this.out = out;
  }

  @Override
  public void accept(ScreenedRecord record) {
    try {
      out.write(ResultJson.mapper().writeValueAsString(ResultJson.record(record)));
      out.write('\n');
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines report: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines report: " + e.getMessage(), e);
    }
  }
}
