package org.tiescan.cli;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.screen.input.ColumnMapping;
import picocli.CommandLine.Option;

/** {@code --name-column}, {@code --country-column}, {@code --id-column}, {@code --identifier-column}: shared by screen and the Spark job. */
public final class ColumnOptions {
  @Option(names = "--name-column", paramLabel = "COLUMN", description = "Column with the names (repeatable).")
  List<String> nameColumns = new ArrayList<>();

  @Option(names = "--country-column", paramLabel = "COLUMN", description = "Column with the country (name or ISO code).")
  String countryColumn;

  @Option(names = "--id-column", paramLabel = "COLUMN", description = "Column with your own record id.")
  String idColumn;

  @Option(names = "--identifier-column", paramLabel = "COLUMN",
      description = "Column with identifiers such as LEI, USCC, ISIN, ticker (repeatable).")
  List<String> identifierColumns = new ArrayList<>();

  /** The columns named on the command line; the rest is detected from the headers. */
  public ColumnMapping.Overrides overrides() {
    return new ColumnMapping.Overrides(nameColumns, countryColumn, idColumn, identifierColumns);
  }
}
