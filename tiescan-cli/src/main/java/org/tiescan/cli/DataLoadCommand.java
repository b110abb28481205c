package org.tiescan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiescan.screen.equipment.OuiStore;
import org.tiescan.screen.publications.RorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tiescan data load oui DIR|FILES}: loads newer IEEE MAC registries as a new version (atomic). */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Loads reference data into the data directory as a new version; if loading fails the previous "
        + "version stays in use.",
        "KIND `oui`: the IEEE MAC address registries (oui.csv = MA-L, mam.csv = MA-M, oui36.csv = MA-S, "
        + "as downloaded from https://standards-oui.ieee.org/), a folder holding them or the files. "
        + "Without a load, `tiescan equipment` uses the copy bundled in data/oui.",
        "KIND `ror`: a Research Organization Registry v2 data dump (https://zenodo.org/communities/ror-data: "
        + "the .zip, its v2 .json, or JSON lines), used by `tiescan publications` to resolve affiliations."},
    footer = {"%nExamples:%n  tiescan data load oui ~/Downloads/ieee/%n  tiescan data load oui oui.csv mam.csv oui36.csv%n"
        + "  tiescan data load ror v1.63-2025-04-03-ror-data.zip%n",
        ExitCodes.TABLE})
final class DataLoadCommand implements Callable<Integer> {
  private final CliContext ctx;
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Parameters(index = "0", paramLabel = "KIND", description = "What to load: oui, ror.")
  String kind;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "DIR|FILE", description = "A folder with the files, or the files.")
  List<Path> sources = new ArrayList<>();

  DataLoadCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if ("ror".equals(kind)) return loadRor();
    if (!"oui".equals(kind)) throw new ParameterException(spec.commandLine(), "unknown KIND '" + kind + "'; known: oui, ror");
    try {
      OuiStore.Loaded l = new OuiStore(dataDir.resolve()).load(sources);
      ctx.out().printf("loaded oui version %s: %,d blocks from %s into %s%n", l.version(), l.blocks(), l.files(), l.directory());
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new DataException("cannot load IEEE registries: " + e.getMessage(), e);
    }
  }

  private int loadRor() {
    if (sources.size() != 1) throw new ParameterException(spec.commandLine(), "ror takes one dump file");
    try {
      RorStore.Loaded l = new RorStore(dataDir.resolve()).load(sources.get(0));
      ctx.out().printf("loaded ror version %s: %,d organisations from %s into %s%n", l.version(), l.records(),
          sources.get(0), l.directory());
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new DataException("cannot load the ROR dump: " + e.getMessage(), e);
    }
  }
}
