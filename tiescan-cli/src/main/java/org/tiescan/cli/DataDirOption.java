package org.tiescan.cli;

import java.nio.file.Path;
import org.tiescan.store.DataDirectory;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that uses lists. */
public final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data directory with the imported lists, index and runs (default: $" + DataDirectory.ENV_VAR
          + " or ~/.tiescan).")
  Path dataDir;

  public Path resolve() {
    return dataDir != null ? dataDir : DataDirectory.defaultLocation();
  }
}
