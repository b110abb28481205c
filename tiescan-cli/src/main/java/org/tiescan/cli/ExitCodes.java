package org.tiescan.cli;

import org.tiescan.screen.ScreeningException;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.store.StoreException;
import org.tiescan.screen.input.InputException;
import org.tiescan.screen.report.ReportException;
import picocli.CommandLine;

/** The one table of exit codes every tiescan command uses (also printed in --help and the README). */
public final class ExitCodes {
  /** Done; no match, or matches found without {@code --fail-on-match}. */
  public static final int OK = 0;
  /** Done, and at least one record matched; only with {@code --fail-on-match} (for CI pipelines). */
  public static final int MATCHES = 1;
  /** Wrong command line: unknown option, missing argument, bad value. */
  public static final int USAGE = 2;
  /** Bad input or output file: unreadable, wrong encoding, no name column, output not writable. */
  public static final int BAD_INPUT = 3;
  /** Data problem: no lists loaded and none importable, list file unreadable, store corrupt. */
  public static final int DATA = 4;
  /** Internal error: a bug in tiescan; please report it with the message. */
  public static final int INTERNAL = 5;
  /**
   * Network: a list download failed (unreachable, HTTP error, timeout, truncated body, HTML page
   * instead of the list); nothing was changed. Worth retrying later, unlike {@link #DATA}.
   */
  public static final int NETWORK = 6;

  /** The table as shown in {@code --help}. */
  public static final String TABLE = "Exit codes:%n"
      + "  0  ok (matches found without --fail-on-match also give 0)%n"
      + "  1  ok, and at least one record matched (only with --fail-on-match)%n"
      + "  2  usage error (unknown option, missing or bad argument)%n"
      + "  3  bad input or output file (unreadable, bad encoding, no name column)%n"
      + "  4  data problem (no lists loaded, list file unreadable, store corrupt)%n"
      + "  5  internal error (a bug: please report it)%n"
      + "  6  network: a list download failed (lists update); nothing was changed, retry later";

  private ExitCodes() {}

  /** The exit code for an exception that ended a command. */
  public static int of(Throwable e) {
    if (e instanceof CommandLine.ParameterException) return USAGE;
    if (e instanceof org.tiescan.cli.update.DownloadException) return NETWORK;
    if (e instanceof InputException || e instanceof ReportException) return BAD_INPUT;
    if (e instanceof DataException || e instanceof StoreException || e instanceof SourceFormatException) return DATA;
    if (e instanceof ScreeningException s && s.getCause() instanceof DataException) return DATA;
    return INTERNAL;
  }
}
