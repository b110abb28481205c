package org.tiescan.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.cases.CaseStores;
import org.tiescan.store.runs.RunStatus;
import org.tiescan.store.runs.ScreeningRun;
import org.tiescan.store.runs.ScreeningRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tiescan runs}: the screening runs the data directory keeps (every {@code screen} records its input's
 * checksum, options and results), and {@code runs prune} to let old ones go: a batch user's runs add up (50,000
 * names against a million entities store ≈ 143,000 result rows, ≈ 120 MB).
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = "Shows the screening runs recorded in the data directory, newest first: id, status, start, "
        + "records, records with hits, problems, input file.",
    footer = {"%nExamples:%n  tiescan runs%n  tiescan runs prune --keep 10 --dry-run%n"
        + "  tiescan runs prune --before 2026-01-01 --vacuum%n", ExitCodes.TABLE})
final class RunsCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Mixin DataDirOption dataDir;
  @Spec CommandSpec spec;

  RunsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (Workspace ws = ctx.opener().open(dataDir.resolve())) {
      List<ScreeningRun> runs = ws.store().runs().list();
      if (runs.isEmpty()) {
        ctx.out().println("No screening runs in " + dataDir.resolve() + ".");
        return ExitCodes.OK;
      }
      ctx.out().println("Screening runs in " + dataDir.resolve() + " (newest first):");
      runs.forEach(r -> ctx.out().println("  " + describe(r)));
      return ExitCodes.OK;
    }
  }

  static String describe(ScreeningRun r) {
    return String.format(Locale.ROOT, "%5d  %-8s  %s  %,9d records  %,9d with hits  %,d problems  %s", r.id(),
        r.status().name().toLowerCase(Locale.ROOT), r.startedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
        r.recordCount(), r.hitCount(), r.problemCount(), r.inputPath() == null ? "" : r.inputPath());
  }

  /** {@code tiescan runs prune}. */
  @Command(name = "prune", mixinStandardHelpOptions = true,
      description = "Deletes old screening runs with their results (never a run still running). A run goes when "
          + "it meets every criterion given. Hits recorded for review keep their own evidence; they then name a "
          + "run that is gone. The deletion is written to the audit log.",
      footer = {"%n", ExitCodes.TABLE})
  int prune(@Mixin DataDirOption dir,
      @Option(names = "--keep", paramLabel = "N", description = "Keep the N newest runs.") Integer keep,
      @Option(names = "--before", paramLabel = "DATE", description = "Only runs started before DATE (YYYY-MM-DD, UTC).")
          LocalDate before,
      @Option(names = "--dry-run", description = "List the runs that would go; delete nothing.") boolean dryRun,
      @Option(names = "--vacuum", description = "Afterwards give the freed space back to the file system (rewrites "
          + "the database file: as long as copying it, and as much free disk again).") boolean vacuum) {
    var usage = spec.commandLine().getSubcommands().get("prune");
    if (keep == null && before == null) throw new ParameterException(usage, "give --keep N, --before DATE or both");
    if (keep != null && keep < 0) throw new ParameterException(usage, "--keep must not be negative: " + keep);
    try (Workspace ws = ctx.opener().open(dir.resolve())) {
      DataDirectory data = ws.store();
      List<ScreeningRun> chosen = chosen(data.runs().list(), keep, before);
      chosen.forEach(r -> ctx.out().println((dryRun ? "would delete  " : "deleting  ") + describe(r)));
      if (dryRun) {
        ctx.out().println(chosen.size() + " run(s) would be deleted; nothing was changed.");
        return ExitCodes.OK;
      }
      ScreeningRuns.Deleted d = data.runs().delete(chosen.stream().map(ScreeningRun::id).toList());
      if (!d.runs().isEmpty()) audit(data, d, keep, before);
      ctx.out().println(String.format(Locale.ROOT, "deleted %,d run(s) with %,d result rows", d.runs().size(), d.results()));
      if (vacuum) vacuum(data);
      return ExitCodes.OK;
    }
  }

  /** The runs to delete: beyond the {@code keep} newest and started before {@code before}, never a running one. */
  static List<ScreeningRun> chosen(List<ScreeningRun> newestFirst, Integer keep, LocalDate before) {
    Instant cutoff = before == null ? null : before.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<ScreeningRun> out = new ArrayList<>();
    for (int i = 0; i < newestFirst.size(); i++) {
      ScreeningRun r = newestFirst.get(i);
      if (r.status() == RunStatus.RUNNING) continue;
      if (keep != null && i < keep) continue;
      if (cutoff != null && !r.startedAt().isBefore(cutoff)) continue;
      out.add(r);
    }
    return out;
  }

  private static void audit(DataDirectory data, ScreeningRuns.Deleted d, Integer keep, LocalDate before) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("runs", d.runs());
    content.put("result_rows", d.results());
    content.put("keep", keep);
    content.put("before", before == null ? null : before.toString());
    CaseStores.sqlite(data).audit("runs-prune", "screening runs", content);
  }

  private void vacuum(DataDirectory data) {
    ctx.err().println("tiescan: compacting " + data.databaseFile() + " …");
    try (Connection c = data.connect(); Statement st = c.createStatement()) {
      st.execute("VACUUM");
    } catch (SQLException e) {
      throw new DataException("cannot compact " + data.databaseFile() + " (the runs are deleted; retry --vacuum when "
          + "no other tiescan uses it): " + e.getMessage(), e);
    }
    ctx.out().println(String.format(Locale.ROOT, "compacted: %s is %,d bytes", data.databaseFile(),
        data.databaseFile().toFile().length()));
  }
}
