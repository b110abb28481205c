package org.tiescan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan lists import}: the bundled snapshot, or one list file as a new version. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports lists into the data directory. An import is atomic: if it fails, the previous "
        + "version stays in use.",
    footer = {"%nExamples:%n  tiescan lists import --bundled%n"
        + "  tiescan lists import us-csl consolidated.csv%n"
        + "  tiescan lists import us-ofac-cons path/to/dir-with-cons_prim.csv%n"
        + "  tiescan lists import opensanctions-default.ftm.json%n", ExitCodes.TABLE})
final class ListsImportCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Option(names = "--bundled", description = "Import the list snapshot shipped with tiescan.")
  boolean bundled;

  @Parameters(arity = "0..2", paramLabel = "DATASET PATH",
      description = "Which list (e.g. us-csl, us-csl-json, us-ofac-sdn, us-ofac-cons, ftm; detected from the file "
          + "when left out) and its file (or directory for OFAC's multi-file format).")
  List<String> datasetAndPath = new ArrayList<>();

  ListsImportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** Skipped records shown after an import, as `lists update` shows them; all are counted, and kept in the store. */
  private static final int SKIPPED_SHOWN = 5;

  @Override
  public Integer call() {
    Instant start = Instant.now();
    try (Workspace ws = ctx.opener().open(dataDir.resolve())) {
      if (bundled == !datasetAndPath.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "give either --bundled or [DATASET] PATH");
      }
      if (bundled) {
        ws.importBundled().forEach(l -> ctx.out().println("imported " + ListsCommand.describe(l)));
      } else {
        String dataset = datasetAndPath.size() == 2 ? datasetAndPath.get(0) : null;
        Path path = Path.of(datasetAndPath.get(datasetAndPath.size() - 1));
        if (dataset != null) checkDataset(ws, dataset);
        if (!Files.exists(path)) throw new DataException(path + ": file not found");
        LoadedList imported = ws.importList(dataset, path);
        ctx.out().println("imported " + ListsCommand.describe(imported));
        imported.firstProblems().stream().limit(SKIPPED_SHOWN).forEach(p -> ctx.out().println("    skipped: " + p));
      }
      ctx.err().println("import took " + ListsCommand.since(start));
      return ExitCodes.OK;
    }
  }

  private void checkDataset(Workspace ws, String dataset) {
    if (!ws.importableDatasets().contains(dataset)) {
      throw new ParameterException(spec.commandLine(), "unknown dataset '" + dataset
          + "'; known: " + String.join(", ", ws.importableDatasets()));
    }
  }
}
