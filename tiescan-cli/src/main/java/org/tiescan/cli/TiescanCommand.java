package org.tiescan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code tiescan} command; it only lists its subcommands. */
@Command(name = "tiescan", mixinStandardHelpOptions = true, version = "tiescan 0.1.0-SNAPSHOT",
    description = "Screens organisations against official restricted-party lists (BIS Entity List, "
        + "OFAC SDN and NS-CMIC, …) and shows for every hit the list entry and its legal basis.",
    footer = {"%nExamples:%n  tiescan screen examples/suppliers.csv%n  tiescan match \"Hikvision\" --country CN%n"
        + "  tiescan compare \"Hangzhou Hikvision Digital Technology Co., Ltd.\" \"HIKVISION\"%n  tiescan lists%n", ExitCodes.TABLE})
final class TiescanCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
