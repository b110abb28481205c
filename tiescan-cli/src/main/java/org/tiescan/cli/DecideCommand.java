package org.tiescan.cli;

import java.util.concurrent.Callable;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.Decision;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan decide HIT}: records a reviewer's decision on a hit, or undoes the last one. */
@Command(name = "decide", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Records a decision on a hit (see `tiescan review`): confirmed, cleared, escalated or pending.",
        "With --expect-version the decision is refused (exit 4, nothing written) if the hit changed since you "
            + "read it; --undo restores the state before the last decision, as a new audited decision."},
    footer = {"%nExamples:%n  tiescan decide 12 --status cleared --reason \"other company, other country\" "
        + "--reviewer alice --expect-version 1%n  tiescan decide 12 --undo --reviewer alice%n", ExitCodes.TABLE})
final class DecideCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HIT", description = "The hit id shown by `tiescan review`.")
  long hit;

  @Option(names = "--status", paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}")
  HitStatus status;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required except for pending and --undo).")
  String reason;

  @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who decides.")
  String reviewer;

  @Option(names = "--expect-version", paramLabel = "N", description = "The hit version you reviewed.")
  Long expectVersion;

  @Option(names = "--undo", description = "Restore the state before the last decision.")
  boolean undo;

  DecideCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (undo == (status != null)) throw new ParameterException(spec.commandLine(), "give either --status or --undo");
    try (CaseStore store = caseStore.open()) {
      Hit done;
      if (undo) {
        done = store.undo(hit, reviewer, expectVersion);
      } else {
        try {
          done = store.decide(new Decision(hit, status, reason, reviewer, expectVersion));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      ctx.out().println(HitJson.text(done) + (done.reason() == null ? "" : "  reason: " + done.reason()));
      return ExitCodes.OK;
    }
  }

  @Mixin CaseStoreOption caseStore;
}
