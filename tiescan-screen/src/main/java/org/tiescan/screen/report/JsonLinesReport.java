package org.tiescan.screen.report;

import java.io.Writer;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;

/** Writes one {@link ResultJson} line per input record, in input order. */
public final class JsonLinesReport implements ResultSink {
  private final JsonLinesWriter out;

  public JsonLinesReport(Writer out) {
    this.out = new JsonLinesWriter(out);
  }

  @Override
  public void accept(ScreenedRecord record) {
    out.write(ResultJson.record(record));
  }

  @Override
  public void close() {
    out.flush();
  }
}
