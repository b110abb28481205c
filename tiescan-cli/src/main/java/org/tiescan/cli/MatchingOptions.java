package org.tiescan.cli;

import org.tiescan.match.MatchOptions;
import picocli.CommandLine.Option;

/** {@code --threshold}, {@code --top} and {@code --fail-on-match}, shared by screen and match. */
public final class MatchingOptions {
  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "Results scoring at least this (0..1) are matches (default: ${DEFAULT-VALUE}).")
  double threshold = MatchOptions.DEFAULT_THRESHOLD;

  @Option(names = "--top", paramLabel = "N", description = "At most N results per record (default: ${DEFAULT-VALUE}).")
  int top = 5;

  @Option(names = "--fail-on-match",
      description = "Exit with code 1 when any record matched (for CI pipelines); default exit is 0.")
  boolean failOnMatch;

  /** The options, checked; a bad value is a usage error naming the option. */
  public MatchOptions toOptions(picocli.CommandLine cmd) {
    if (threshold < 0 || threshold > 1) {
      throw new picocli.CommandLine.ParameterException(cmd, "--threshold must be between 0 and 1, got " + threshold);
    }
    if (top < 1) throw new picocli.CommandLine.ParameterException(cmd, "--top must be at least 1, got " + top);
    return new MatchOptions(threshold, top, false);
  }

  /** {@link ExitCodes#MATCHES} when something matched and --fail-on-match was given, else {@link ExitCodes#OK}. */
  public int exitCode(boolean matched) {
    return matched && failOnMatch ? ExitCodes.MATCHES : ExitCodes.OK;
  }
}
