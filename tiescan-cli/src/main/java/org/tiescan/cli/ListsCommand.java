package org.tiescan.cli;

import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
    String snapshot = l.snapshotDate() == null ? "snapshot date unknown"
        : "snapshot " + l.snapshotDate() + " (" + age(l.snapshotDate(), LocalDate.now(ZoneOffset.UTC)) + ")";
    String imported = l.importedAt() == null ? "" : l.importedAt().replaceFirst("\\.\\d+Z$", "Z");
    String skipped = l.problems() == 0 ? "" : String.format(Locale.ROOT, ", %,d record%s skipped", l.problems(), l.problems() == 1 ? "" : "s");
    return String.format(Locale.ROOT, "%-13s %,8d entities%s  %s  %s%n                from %s (imported %s)",
        l.dataset(), l.entities(), skipped, snapshot, l.title() == null ? "" : l.title(), l.source(), imported);
  }

  /**
   * How old a snapshot is, to the precision its date has: "812 days old" for a full date, "54 months
   * old" for a year-month ("2022-05"), "5 years old" for a year. Lists publish such partial dates.
   */
  static String age(String snapshotDate, LocalDate today) {
    try {
      if (snapshotDate.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return ChronoUnit.DAYS.between(LocalDate.parse(snapshotDate.substring(0, 10)), today) + " days old";
      }
      if (snapshotDate.matches("\\d{4}-\\d{2}")) {
        return ChronoUnit.MONTHS.between(YearMonth.parse(snapshotDate), YearMonth.from(today)) + " months old";
      }
      if (snapshotDate.matches("\\d{4}")) return (today.getYear() - Integer.parseInt(snapshotDate)) + " years old";
    } catch (DateTimeException e) {
      // not a date after all: say nothing about its age
    }
    return "age unknown";
  }

  static String since(Instant start) {
    return String.format(Locale.ROOT, "%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }
}
