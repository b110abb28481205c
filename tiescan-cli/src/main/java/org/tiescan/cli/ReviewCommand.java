package org.tiescan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.Hit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tiescan review}: the pending hits of the register (or of one run), for reviewers. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Lists the hits waiting for a decision (new ones, and decided ones whose evidence changed): "
        + "screening hits from `monitor` and flagged assets from `equipment --case-store`.",
    footer = {"%nExamples:%n  tiescan review%n  tiescan review --run 7 --format json%n", ExitCodes.TABLE})
final class ReviewCommand implements Callable<Integer> {
  enum Format { text, json }

  private final CliContext ctx;

  @Option(names = "--run", paramLabel = "N", description = "Only hits last seen in this run (the monitor or equipment run id printed by that command).")
  Long run;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (JSON lines); default text.")
  Format format = Format.text;

  @Mixin CaseStoreOption caseStore;

  ReviewCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (CaseStore store = caseStore.open()) {
      List<Hit> pending = store.pending(run);
      for (Hit h : pending) ctx.out().println(format == Format.json ? HitJson.of(h).toString() : HitJson.text(h));
      ctx.err().println(pending.size() + " pending hit(s)" + (run == null ? "" : " in run " + run)
          + (pending.isEmpty() ? "" : "; decide with: tiescan decide HIT --status cleared --reason \"…\" --reviewer NAME"));
      return ExitCodes.OK;
    }
  }
}
