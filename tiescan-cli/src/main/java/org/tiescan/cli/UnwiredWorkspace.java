package org.tiescan.cli;

import java.nio.file.Path;
import java.util.List;
import org.tiescan.match.Matcher;

/**
 * Stands in where the storage and index engines are not built into this binary yet: every operation
 * says so with a data error (exit code 4) instead of pretending the lists are empty.
 */
final class UnwiredWorkspace implements Workspace {
  private final Path dataDir;

  UnwiredWorkspace(Path dataDir) {
    this.dataDir = dataDir;
  }

  private DataException unavailable() {
    return new DataException("the list store is not available in this build (data directory " + dataDir + ")");
  }

  @Override
  public List<LoadedList> lists() {
    throw unavailable();
  }

  @Override
  public List<LoadedList> importBundled() {
    throw unavailable();
  }

  @Override
  public LoadedList importList(String dataset, Path location) {
    throw unavailable();
  }

  @Override
  public List<String> importableDatasets() {
    return List.of();
  }

  @Override
  public Matcher matcher() {
    throw unavailable();
  }

  @Override
  public void close() {}
}
