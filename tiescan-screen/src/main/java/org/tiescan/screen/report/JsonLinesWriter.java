package org.tiescan.screen.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;

/** One JSON value per line, with write failures reported as {@link ReportException}; shared by every JSON lines report. */
public final class JsonLinesWriter {
  private final Writer out;

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  public void write(JsonNode value) {
    try {
      out.write(ResultJson.mapper().writeValueAsString(value));
      out.write('\n');
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines report: " + e.getMessage(), e);
    }
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines report: " + e.getMessage(), e);
    }
  }
}
