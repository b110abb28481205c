package org.tiescan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Matcher;
import org.tiescan.match.Query;
import org.tiescan.model.EntityJson;
import org.tiescan.screen.QueryFactory;
import org.tiescan.screen.equipment.EquipmentCases;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.Checksums;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.ChangeNotes;
import org.tiescan.store.cases.Counterparty;
import org.tiescan.store.cases.Evidence;
import org.tiescan.store.cases.Observation;
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
      // devices recorded by `equipment --case-store` are not parties to rescreen by name
      List<Counterparty> register = store.counterparties().stream().filter(c -> !EquipmentCases.isDevice(c)).toList();
      if (register.isEmpty()) throw new ParameterException(spec.commandLine(),
          "the register is empty: add parties with --add FILE (a file with an id column)");
      try (Workspace ws = Workspaces.openReady(ctx, caseStore.dataDir())) {
        long run = store.audit("monitor-run", "register", Map.of("parties", register.size(),
            "lists", ws.lists().stream().map(l -> l.dataset() + "@" + l.snapshotDate()).toList())).seq();
        ArrayNode news = rescreen(store, ws.matcher(), options, register, run);
        store.audit("monitor-finished", "run " + run, Map.of("new_or_reopened", news.size()));
        if (webhook != null && !news.isEmpty()) deliver(store, run, news);
        return matching.exitCode(!news.isEmpty());
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

  private ArrayNode rescreen(CaseStore store, Matcher matcher, MatchOptions options, List<Counterparty> register,
      long run) throws JsonProcessingException {
    int[] counts = new int[3];
    ArrayNode news = ResultJson.mapper().createArrayNode();
    for (Counterparty p : register) {
      ColumnMapping columns = ResultJson.mapper().readValue(p.mappingJson(), ColumnMapping.class);
      Query q = new QueryFactory("register", columns).query(InputRecord.of(0, p.fields()));
      if (q.names().isEmpty() && q.identifiers().isEmpty()) continue;
      for (MatchResult m : matcher.match(q, options)) {
        if (!m.match()) continue;
        Observation o = store.observe(p.id(), evidence(m), run, ChangeNotes.STANDARD);
        counts[o.kind().ordinal()]++;
        if (!o.isNews()) continue;
        ObjectNode line = HitJson.of(o.hit()).put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
        line.set("input", ResultJson.mapper().valueToTree(p.fields()));
        line.set("result", ResultJson.result(m));
        ctx.out().println(line);
        news.add(line);
      }
    }
    ctx.out().flush();
    ctx.err().println("monitor run " + run + ": " + register.size() + " parties rescreened; " + counts[0] + " new, "
        + counts[1] + " reopened, " + counts[2] + " unchanged (decisions kept); review with `tiescan review --run "
        + run + "`");
    return news;
  }

  private static Evidence evidence(MatchResult m) {
    String json = EntityJson.toLine(m.entity());
    String matched = m.explanation() == null || m.explanation().matchedName() == null ? m.entity().caption()
        : m.explanation().matchedName();
    return new Evidence(m.entity().id(), m.entity().caption(), Checksums.sha256(json), json, List.of(matched),
        m.score());
  }

  private void deliver(CaseStore store, long run, ArrayNode news) throws InterruptedException {
    ObjectNode payload = ResultJson.mapper().createObjectNode().put("run", run).put("count", news.size());
    payload.set("hits", news);
    int ok = new Webhook(attempts, Duration.ofMillis(backoffMillis), store::logDelivery)
        .deliver(webhook, payload.toString());
    ctx.err().println(ok > 0 ? "webhook: delivered to " + webhook + " (attempt " + ok + ")"
        : "webhook: delivery to " + webhook + " FAILED after " + attempts + " attempts (see the delivery log)");
  }
}
