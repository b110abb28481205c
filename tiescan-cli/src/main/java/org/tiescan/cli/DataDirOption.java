package org.tiescan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that uses lists. */
public final class DataDirOption {
  /** Environment variable that sets the data directory when {@code --data-dir} is not given (as the store's). */
  public static final String ENV = "TIESCAN_DATA";

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data directory with the imported lists and index (default: $" + ENV + " or ~/.tiescan).")
  Path dataDir;

  public Path resolve() {
    if (dataDir != null) return dataDir;
    String env = System.getenv(ENV);
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tiescan");
  }
}
