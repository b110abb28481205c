package org.tiescan.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.FetchRecord;
import org.tiescan.store.ListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tiescan lists history}: every version of one list, with where and when it was fetched. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Lists every version of a list, newest first: status, snapshot date, import time, entities, "
        + "records skipped, SHA-256, and for downloaded versions the URL, HTTP status, ETag and Last-Modified.",
    footer = {"%nExample:%n  tiescan lists history us-csl%n", ExitCodes.TABLE})
final class ListsHistoryCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Mixin DataDirOption dataDir;

  @Parameters(index = "0", paramLabel = "LIST", description = "The list, e.g. us-csl.")
  String list;

  ListsHistoryCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Workspace ws = ctx.opener().open(dataDir.resolve())) {
      DataDirectory data = ws.store();
      List<ListVersion> versions = data.catalog().versions(list);
      if (versions.isEmpty()) throw new DataException("no version of '" + list + "' in " + data.root());
      ctx.out().println("Versions of " + list + " (newest first):");
      for (ListVersion v : versions) {
        ctx.out().println(String.format(Locale.ROOT, "  %4d  %-10s  snapshot %-10s  imported %s  %,d entities, %,d malformed skipped",
            v.id(), v.status().name().toLowerCase(Locale.ROOT), v.snapshotDate() == null ? "?" : v.snapshotDate(),
            v.importedAt(), v.recordCount(), v.problemCount()));
        ctx.out().println("        sha256 " + v.sha256() + "  from " + v.sourceLocation());
        data.fetches().forVersion(v.id()).ifPresent(f -> ctx.out().println("        " + fetched(f)));
      }
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  private static String fetched(FetchRecord f) {
    return "fetched " + f.fetchedAt() + ", HTTP " + f.httpStatus()
        + (f.etag() == null ? "" : ", ETag " + f.etag())
        + (f.lastModified() == null ? "" : ", Last-Modified " + f.lastModified())
        + String.format(Locale.ROOT, ", %,d bytes", f.bytes());
  }
}
