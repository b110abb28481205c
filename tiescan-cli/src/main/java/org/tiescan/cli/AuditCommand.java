package org.tiescan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tiescan.screen.report.ResultJson;
import org.tiescan.store.cases.AuditEntry;
import org.tiescan.store.cases.AuditVerification;
import org.tiescan.store.cases.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tiescan audit verify|export}: checks and exports the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The append-only audit log of decisions, imports and screening runs; each row is chained "
        + "to the previous one by SHA-256, so an edited or deleted row is detected.",
    footer = {"%nExamples:%n  tiescan audit verify%n  tiescan audit export --format csv > audit.csv%n", ExitCodes.TABLE})
final class AuditCommand {
  enum Format { jsonl, csv }

  private static final String[] COLUMNS = {"seq", "at", "kind", "subject", "content", "prev_hash", "hash"};
  private final CliContext ctx;

  AuditCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Recomputes the hash chain; exit 4 and the first broken row when it was tampered with.")
  int verify(@Mixin CaseStoreOption caseStore) {
    try (CaseStore store = caseStore.open()) {
      AuditVerification v = store.verifyAudit();
      if (v.intact()) {
        ctx.out().println("audit log intact: " + v.rows() + " row(s), hash chain verified");
        return ExitCodes.OK;
      }
      ctx.out().println("audit log TAMPERED: " + v.problem() + " (first broken row: " + v.firstBrokenSeq() + ")");
      return ExitCodes.DATA;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the audit log to stdout.")
  int export(@Mixin CaseStoreOption caseStore, @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl or csv (default jsonl).") Format format) throws IOException {
    try (CaseStore store = caseStore.open()) {
      if (format == Format.csv) {
        CSVPrinter csv = new CSVPrinter(ctx.out(), CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
        store.auditLog(e -> csvRow(csv, e));
        csv.flush();
      } else {
        store.auditLog(e -> ctx.out().println(json(e)));
      }
      return ExitCodes.OK;
    }
  }

  private static void csvRow(CSVPrinter csv, AuditEntry e) {
    try {
      csv.printRecord(e.seq(), e.at(), e.kind(), e.subject(), e.content(), e.prevHash(), e.hash());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static String json(AuditEntry e) {
    var o = ResultJson.mapper().createObjectNode().put("seq", e.seq()).put("at", e.at().toString())
        .put("kind", e.kind()).put("subject", e.subject());
    try {
      o.set("content", ResultJson.mapper().readTree(e.content()));
    } catch (IOException x) {
      o.put("content", e.content());
    }
    return o.put("prev_hash", e.prevHash()).put("hash", e.hash()).toString();
  }
}
