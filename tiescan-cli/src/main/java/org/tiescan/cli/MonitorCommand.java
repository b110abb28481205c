package org.tiescan.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiescan.match.MatchOptions;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.Counterparty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tiescan monitor}: rescreens the counterparty register and reports only what is new. */
@Command(name = "monitor", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Rescreens every counterparty of the register against the lists loaded now (run it after "
        + "`tiescan lists import`) and prints, as JSON lines, ONLY new hits and decided hits whose list entry or "
        + "matched names changed (reopened, with a note on what changed). Hits whose evidence is unchanged keep "
        + "their decision and are not reported.",
        "--add FILE puts the records of FILE in the register first, under their own ids (id column)."},
    footer = {"%nExamples:%n  tiescan monitor --add examples/suppliers.csv%n"
        + "  tiescan monitor --webhook https://example.org/tiescan-hook%n", ExitCodes.TABLE})
final class MonitorCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Option(names = "--add", paramLabel = "FILE", description = "Add (or update) the records of FILE in the register.")
  Path add;

  @Option(names = "--id-column", paramLabel = "COLUMN", description = "Column with your own ids (for --add).")
  String idColumn;

  @Option(names = "--name-column", paramLabel = "COLUMN", description = "Name column(s) (for --add).")
  List<String> nameColumns = new ArrayList<>();

  @Option(names = "--country-column", paramLabel = "COLUMN", description = "Country column (for --add).")
  String countryColumn;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of --add (default UTF-8).")
  Charset encoding;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST the new/reopened hits as JSON to URL.")
  String webhook;

  @Option(names = "--webhook-attempts", paramLabel = "N", description = "Delivery attempts (default 5).")
  int attempts = 5;

  @Option(names = "--webhook-backoff", paramLabel = "MILLIS", description = "First retry delay, doubled each time (default 1000).")
  long backoffMillis = 1000;

  @Mixin MatchingOptions matching;
  @Mixin CaseStoreOption caseStore;

  MonitorCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    MatchOptions options = matching.toOptions(spec.commandLine());
    try (CaseStore store = caseStore.open()) {
      if (add != null) register(store);
      List<Counterparty> register = Monitor.parties(store);
      if (register.isEmpty()) throw new ParameterException(spec.commandLine(),
          "the register is empty: add parties with --add FILE (a file with an id column)");
      try (Workspace ws = Workspaces.openReady(ctx, caseStore.dataDir())) {
        Monitor.Summary done = Monitor.run(store, ws, options, ctx.out()::println);
        ctx.out().flush();
        ctx.err().println("monitor run " + done.run() + ": " + done.parties() + " parties rescreened; " + done.fresh()
            + " new, " + done.reopened() + " reopened, " + done.unchanged() + " unchanged (decisions kept); review with "
            + "`tiescan review --run " + done.run() + "`");
        if (webhook != null && !done.news().isEmpty()) deliver(store, done);
        return matching.exitCode(!done.news().isEmpty());
      }
    }
  }

  private void register(CaseStore store) throws IOException {
    int added = 0;
    try (InputReader input = InputFiles.open(add, encoding, null)) {
      ColumnMapping columns = ColumnMapping.detect(input.file(), input.columns(),
          new ColumnMapping.Overrides(nameColumns, countryColumn, idColumn, List.of()));
      if (columns.idColumn() == null) throw new ParameterException(spec.commandLine(),
          add + " has no id column; name it with --id-column (the register keeps parties under your own ids)");
      String mapping = ResultJson.mapper().writeValueAsString(columns);
      while (input.hasNext()) {
        InputRecord r = input.next();
        String id = r.ok() ? r.get(columns.idColumn()) : "";
        if (id.isBlank()) {
          ctx.err().println("skipped " + add + " line " + r.line() + ": no id in column " + columns.idColumn());
          continue;
        }
        store.register(id, r.fields(), mapping);
        added++;
      }
    }
    store.audit("register-import", add.toString(), Map.of("records", added));
    ctx.err().println("register: " + added + " part" + (added == 1 ? "y" : "ies") + " added or updated from " + add);
  }

  private void deliver(CaseStore store, Monitor.Summary done) throws InterruptedException {
    int ok = Monitor.deliver(store, done, webhook, attempts, Duration.ofMillis(backoffMillis));
    ctx.err().println(ok > 0 ? "webhook: delivered to " + webhook + " (attempt " + ok + ")"
        : "webhook: delivery to " + webhook + " FAILED after " + attempts + " attempts (see the delivery log)");
  }
}
