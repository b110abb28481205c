package org.tiescan.server;

import org.tiescan.cli.CliContext;
import org.tiescan.cli.SubcommandProvider;

/** Adds {@code tiescan serve} to the CLI when this module is on the class path (ServiceLoader). */
public final class ServerCommands implements SubcommandProvider {
  @Override
  public Object command(CliContext ctx) {
    return new ServeCommand(ctx);
  }
}
