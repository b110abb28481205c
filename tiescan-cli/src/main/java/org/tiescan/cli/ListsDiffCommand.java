package org.tiescan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.ListStatus;
import org.tiescan.store.diff.EntityChange;
import org.tiescan.store.diff.EntityRef;
import org.tiescan.store.diff.FieldChange;
import org.tiescan.store.diff.VersionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tiescan lists diff}: what changed in a list between two versions, entry by entry and field by field. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Shows the entries added, removed and changed (with the fields that changed, old -> new) between "
        + "the previous and the current version of a list, or since a date.",
    footer = {"%nExamples:%n  tiescan lists diff%n  tiescan lists diff us-csl --since 2026-01-01%n"
        + "  tiescan lists diff un-sc-sanctions --json%n", ExitCodes.TABLE})
final class ListsDiffCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliContext ctx;
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Parameters(arity = "0..1", paramLabel = "LIST", description = "The list (default: every loaded list).")
  String list;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Compare with the version that was current at this date (YYYY-MM-DD, start of day UTC, or an ISO instant).")
  String since;

  @Option(names = "--json", description = "Write the diff as one JSON document.")
  boolean json;

  ListsDiffCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Instant at = since == null ? null : parseSince();
    try (Workspace ws = ctx.opener().open(dataDir.resolve())) {
      DataDirectory data = ws.store();
      List<String> datasets = list != null ? List.of(list) : data.catalog().status().stream().map(ListStatus::dataset).toList();
      if (list != null && data.catalog().currentVersion(list).isEmpty()) {
        throw new DataException("no version of '" + list + "' in " + data.root() + "; import or update it first");
      }
      ArrayNode all = JSON.createArrayNode();
      for (String dataset : datasets) {
        Optional<VersionDiff> diff = at == null ? data.diffs().latest(dataset) : data.diffs().since(dataset, at);
        if (json) {
          diff.ifPresent(d -> all.add(DiffJson.of(d)));
        } else {
          ctx.out().print(diff.map(ListsDiffCommand::text).orElse(dataset + ": " + nothingToCompare() + System.lineSeparator()));
        }
      }
      if (json) ctx.out().println(write(JSON.createObjectNode().set("diffs", all)));
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  private String nothingToCompare() {
    return since == null ? "only one version, nothing to compare" : "no version was current at " + since;
  }

  private Instant parseSince() {
    try {
      return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--since wants a date like 2026-01-31, got '" + since + "'");
    }
  }

  static String text(VersionDiff d) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder(String.format("%s: version %d -> %d: %d added, %d removed, %d changed%n",
        d.dataset(), d.fromVersion(), d.toVersion(), d.added().size(), d.removed().size(), d.changed().size()));
    d.added().forEach(e -> out.append("  + ").append(ref(e)).append(nl));
    d.removed().forEach(e -> out.append("  - ").append(ref(e)).append(nl));
    for (EntityChange c : d.changed()) {
      out.append("  ~ ").append(ref(c.entity())).append(nl);
      for (FieldChange f : c.changes()) {
        out.append("      ").append(f.field()).append(": ").append(values(f.removed())).append(" -> ")
            .append(values(f.added())).append(nl);
      }
    }
    return out.toString();
  }

  private static String ref(EntityRef e) {
    return e.id() + "  " + e.schema() + "  " + e.caption();
  }

  private static String values(List<String> values) {
    if (values.isEmpty()) return "(none)";
    return String.join("; ", values.stream().map(v -> "\"" + v + "\"").toList());
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }
}
