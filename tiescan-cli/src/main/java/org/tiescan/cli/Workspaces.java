package org.tiescan.cli;

import java.nio.file.Path;
import java.util.List;

/** Opening a workspace the way screening commands need it: with lists loaded. */
public final class Workspaces {
  private Workspaces() {}

  /**
   * Opens the data directory; when it holds no list yet, imports the bundled snapshot first and says
   * so, so a first run on a fresh machine just works.
   */
  public static Workspace openReady(CliContext ctx, Path dataDir) {
    Workspace ws = ctx.opener().open(dataDir);
    try {
      if (ws.lists().isEmpty()) {
        ctx.err().println("No lists in " + dataDir + " yet: importing the bundled list snapshot (one-time, see `tiescan lists`)…");
        List<LoadedList> imported = ws.importBundled();
        imported.forEach(l -> ctx.err().println("  imported " + ListsCommand.describe(l)));
      }
      return ws;
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }
}
