package org.tiescan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tiescan data}: reference data other than lists (for now the IEEE MAC registries). */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Loads reference data into the data directory (see `tiescan data load --help`).",
    footer = {"%n", ExitCodes.TABLE})
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
