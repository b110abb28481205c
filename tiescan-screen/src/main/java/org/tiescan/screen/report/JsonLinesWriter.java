package org.tiescan.screen.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;

/** One JSON value per line, with write failures reported as {@link ReportException}; shared by every JSON lines report. */
public final class JsonLinesWriter {
  private final Writer out;
  /**
   * One generator for the whole report, writing into {@code out}: each value was first written into a string of
   * its own (≈ 5 KB a screened record) and that string then copied into the writer.
   */
  private JsonGenerator json;

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  public void write(JsonNode value) {
    try {
      JsonGenerator g = generator();
      ResultJson.mapper().writeTree(g, value);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines report: " + e.getMessage(), e);
    }
  }

  /** The generator, made on first use: without a separator of its own between values, the lines are ours. */
  private JsonGenerator generator() throws IOException {
    if (json == null) {
      json = ResultJson.mapper().getFactory().createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null);
    }
    return json;
  }

  public void flush() {
    try {
      if (json != null) json.flush();
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines report: " + e.getMessage(), e);
    }
  }
}
