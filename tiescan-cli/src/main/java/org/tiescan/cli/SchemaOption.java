package org.tiescan.cli;

import org.tiescan.model.Schema;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --schema} option of the commands that screen names: what the names are. */
public final class SchemaOption {
  @Option(names = "--schema", paramLabel = "SCHEMA",
      description = "What the names are, as a FollowTheMoney schema: LegalEntity (the default: organisations and "
          + "people), Company, Organization, PublicBody, Person, Vessel, Airplane, Security, or Thing (anything on "
          + "the lists). A vessel is found only with Vessel or Thing, an airplane only with Airplane or Thing.")
  String schema = Schema.LEGAL_ENTITY;

  /** The schema asked for; a usage error (exit 2) naming the known ones when it is not one of them. */
  public String schema(CommandLine cmd) {
    String why = Schema.whyNotQueryable(schema);
    if (why != null) throw new ParameterException(cmd, why);
    return schema;
  }
}
