package org.tiescan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tiescan.match.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan eval}: reproduces the matcher's measured precision, recall, F1 and speed (docs/matching.md). */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores the labelled evaluation pairs (built from the real lists and the ROR sample) and prints, "
        + "per set, precision, recall and F1 at the default threshold, the best-F1 threshold, the recall at "
        + "precision >= 0.95, the held-out half's numbers, and pairs scored per second on one thread.",
        "The sets and what each measures are described in tiescan-match/src/test/resources/eval/README.md."},
    footer = {"%nExample (from the repository root):%n  tiescan eval%n", ExitCodes.TABLE})
final class EvalCommand implements Callable<Integer> {
  static final String DEFAULT_SETS = "tiescan-match/src/test/resources/eval";

  private final CliContext ctx;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = DEFAULT_SETS,
      description = "Folder with latin-orgs.csv, latin-variants.csv and han-english.csv (default: ${DEFAULT-VALUE}).")
  Path sets;

  @Option(names = "--shared-data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "Shared data folder, to tell the ROR sample's English labels from its aliases; "
          + "those two subsets are skipped when it is missing (default: ${DEFAULT-VALUE}).")
  Path sharedData;

  EvalCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    for (String file : Evaluator.SET_FILES) {
      if (!Files.isRegularFile(sets.resolve(file))) {
        throw new ParameterException(spec.commandLine(), "no evaluation set " + sets.resolve(file)
            + ": run from the repository root or give the folder holding " + String.join(", ", Evaluator.SET_FILES));
      }
    }
    Evaluator.run(sets, sharedData, ctx.out());
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
