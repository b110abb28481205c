package org.tiescan.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tiescan lists}: what is loaded, from where, how old. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Shows the lists in the data directory: dataset, snapshot date and age, source, import time.",
    footer = {"%n", ExitCodes.TABLE})
final class ListsCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Mixin DataDirOption dataDir;

  ListsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Workspace ws = ctx.opener().open(dataDir.resolve())) {
      List<LoadedList> lists = ws.lists();
      if (lists.isEmpty()) {
        ctx.out().println("No lists loaded in " + dataDir.resolve()
            + ". Run `tiescan lists import --bundled` (or just `tiescan screen FILE`, which does it on first use).");
        return ExitCodes.OK;
      }
      ctx.out().println("Lists in " + dataDir.resolve() + ":");
      lists.forEach(l -> ctx.out().println("  " + describe(l)));
      return ExitCodes.OK;
    }
  }

  static String describe(LoadedList l) {
    String snapshot = l.snapshotDate() == null ? "snapshot date unknown"
        : "snapshot " + l.snapshotDate() + " (" + l.ageDays() + " days old)";
    String imported = l.importedAt() == null ? "" : l.importedAt().replaceFirst("\\.\\d+Z$", "Z");
    return String.format(Locale.ROOT, "%-13s %,8d entities  %s  %s%n                from %s (imported %s)",
        l.dataset(), l.entities(), snapshot, l.title() == null ? "" : l.title(), l.source(), imported);
  }

  static String since(Instant start) {
    return String.format(Locale.ROOT, "%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }
}
