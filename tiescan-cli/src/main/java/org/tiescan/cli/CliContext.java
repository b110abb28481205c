package org.tiescan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where commands write and how they reach the data: the real terminal in {@link Main}, buffers and a
 * fake workspace in tests.
 *
 * @param out standard output (results, summaries)
 * @param err standard error (messages, progress)
 * @param progress stream for the progress bar
 * @param terminal whether stderr is an interactive terminal (the bar redraws in place only then)
 * @param opener opens the workspace of a data directory
 */
public record CliContext(
    PrintWriter out, PrintWriter err, PrintStream progress, boolean terminal, Workspace.Opener opener) {

  /** The process's own stdout/stderr and the real engines. */
  public static CliContext system(Workspace.Opener opener) {
    return new CliContext(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.err, stderrIsTerminal(), opener);
  }

  /** Set by the launcher (bash can test stderr alone); otherwise a console means a terminal. */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty("tiescan.stderr.terminal");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }
}
