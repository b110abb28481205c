package org.tiescan.cli;

import picocli.CommandLine;

/** Entry point of the {@code tiescan} command. */
public final class Main {
  private Main() {}

  /**
   * Lucene's notes on the JVM's features (on Java 21 and later: "Using MemorySegmentIndexInput…", "please
   * update Apache Lucene" for the Vector API) are not for someone screening a file: only its errors are shown.
   * Held here because java.util.logging keeps its loggers, and so their levels, only weakly.
   */
  private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(CliContext.system(defaultOpener()), args));
  }

  /** Runs one command line and returns its exit code (see {@link ExitCodes}); never calls System.exit. */
  public static int run(CliContext ctx, String... args) {
    int code = commandLine(ctx).execute(args);
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /** The engines this build wires in. */
  public static Workspace.Opener defaultOpener() {
    return StoreWorkspace::open;
  }

  static CommandLine commandLine(CliContext ctx) {
    CommandLine cl = new CommandLine(new TiescanCommand());
    cl.addSubcommand(new CommandLine(new ScreenCommand(ctx)));
    cl.addSubcommand(new CommandLine(new MatchCommand(ctx)));
    cl.addSubcommand(new CommandLine(new CompareCommand(ctx)));
    cl.addSubcommand(new CommandLine(new EvalCommand(ctx)));
    cl.addSubcommand(new CommandLine(new EntityCommand(ctx)));
    CommandLine lists = new CommandLine(new ListsCommand(ctx));
    lists.addSubcommand(new CommandLine(new ListsImportCommand(ctx)));
    lists.addSubcommand(new CommandLine(new ListsUpdateCommand(ctx)));
    lists.addSubcommand(new CommandLine(new ListsDiffCommand(ctx)));
    lists.addSubcommand(new CommandLine(new ListsHistoryCommand(ctx)));
    cl.addSubcommand(lists);
    // case store (issue 8)
    cl.addSubcommand(new CommandLine(new MonitorCommand(ctx)));
    cl.addSubcommand(new CommandLine(new ReviewCommand(ctx)));
    cl.addSubcommand(new CommandLine(new DecideCommand(ctx)));
    cl.addSubcommand(new CommandLine(new AuditCommand(ctx)));
    cl.addSubcommand(new CommandLine(new RunsCommand(ctx)));
    cl.addSubcommand(new CommandLine(new EquipmentCommand(ctx)));
    cl.addSubcommand(new CommandLine(new PublicationsCommand(ctx)));
    CommandLine data = new CommandLine(new DataCommand());
    data.addSubcommand(new CommandLine(new DataLoadCommand(ctx)));
    cl.addSubcommand(data);
    // commands of modules further up (tiescan serve), when they are on the class path
    for (SubcommandProvider p : java.util.ServiceLoader.load(SubcommandProvider.class)) {
      cl.addSubcommand(new CommandLine(p.command(ctx)));
    }
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> report(ctx, e));
    return cl;
  }

  private static int report(CliContext ctx, Exception e) {
    int code = ExitCodes.of(e);
    if (code == ExitCodes.INTERNAL) {
      ctx.err().println("tiescan: internal error: " + e);
      if (System.getenv("TIESCAN_DEBUG") != null) e.printStackTrace(ctx.err());
      else ctx.err().println("(set TIESCAN_DEBUG=1 for the stack trace; please report this)");
    } else {
      ctx.err().println("tiescan: " + e.getMessage());
    }
    return code;
  }
}
