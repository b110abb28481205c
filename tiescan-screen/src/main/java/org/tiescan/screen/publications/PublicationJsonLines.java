package org.tiescan.screen.publications;

import java.io.Writer;
import org.tiescan.screen.report.JsonLinesWriter;

/** One JSON line per flagged work ({@link PublicationJson}); every screened work with {@code all}. */
public final class PublicationJsonLines implements WorkSink {
  private final JsonLinesWriter out;
  private final boolean all;

  public PublicationJsonLines(Writer out, boolean all) {
    this.out = new JsonLinesWriter(out);
    this.all = all;
  }

  @Override
  public void accept(ScreenedWork w) {
    if (all || w.flagged() || w.work().problem() != null) out.write(PublicationJson.work(w));
  }

  @Override
  public void finish(PublicationSummary summary) {
    out.flush();
  }
}
