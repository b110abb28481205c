package org.tiescan.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
    return String.format(Locale.ROOT, "%-14s %,8d entities  snapshot %s%s  from %s  (imported %s)  %s",
        l.dataset(), l.entities(), l.snapshotDate() == null ? "date unknown" : l.snapshotDate(), age(l.snapshotDate()),
        l.source(), l.importedAt(), l.title() == null ? "" : l.title());
  }

  /** " (N days old)" for an ISO date, empty when the date is unknown or unparsable. */
  static String age(String isoDate) {
    if (isoDate == null) return "";
    try {
      LocalDate d = LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate);
      long days = ChronoUnit.DAYS.between(d, LocalDate.now());
      return days >= 0 ? " (" + days + " days old)" : "";
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  static String since(Instant start) {
    return String.format(Locale.ROOT, "%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }
}
