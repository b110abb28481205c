package org.tiescan.cli;

import java.nio.file.Path;
import java.util.List;
import org.tiescan.match.Matcher;

/**
 * What the commands need from the data directory: which lists are loaded, importing lists, and a
 * matcher over them. The one seam between the CLI and the storage/matching engines.
 */
public interface Workspace extends AutoCloseable {
  /** The lists loaded now, newest version of each. */
  List<LoadedList> lists();

  /** Imports the list snapshot shipped with tiescan (all its lists); returns what was imported. */
  List<LoadedList> importBundled();

  /**
   * Imports one list file or directory as a new version of {@code dataset} (null: detect the format
   * from the file); the previous version stays in use if the import fails.
   *
   * @throws DataException when the file is not a readable list of that kind
   */
  LoadedList importList(String dataset, Path location);

  /** The list datasets {@link #importList} knows how to read. */
  List<String> importableDatasets();

  /** A matcher over the loaded lists. @throws DataException when no list is loaded */
  Matcher matcher();

  /**
   * A sink that records a screening run and its results in the data directory, or one that records
   * nothing (the default). Finishing the sink marks the run finished; closing it unfinished marks it
   * failed.
   *
   * @return the sink and a short description of where the run went, for the user
   */
  default RunRecorder recordRun(java.nio.file.Path input, String optionsJson) {
    return RunRecorder.NONE;
  }

  /**
   * The ownership graph over the loaded lists and the curated dataset, built on first use; empty
   * when this workspace has none (then screening reports direct matches only). {@code screen} asks for
   * it on another thread while {@link #matcher} opens the index: the two must not wait for each other.
   */
  default java.util.Optional<LoadedGraph> graph() {
    return java.util.Optional.empty();
  }

  /**
   * The data directory behind this workspace, for commands that read list versions, their download
   * records and diffs ({@code lists history}, {@code lists diff}).
   *
   * @throws DataException when this workspace keeps no versions
   */
  default org.tiescan.store.DataDirectory store() {
    throw new DataException("this workspace keeps no list versions");
  }

  /**
   * Imports a downloaded copy of {@code dataset} as a new version, records how it was fetched, and
   * rebuilds the match index; on any failure the current version stays in use.
   *
   * @param force import even when the list shrank by more than half
   * @throws DataException when the file does not parse completely or the update is implausible
   */
  default org.tiescan.store.ImportResult importFetched(String dataset, Path location,
      org.tiescan.store.FetchRecord fetch, boolean force) {
    throw new DataException("this workspace cannot import downloads");
  }

  @Override
  void close();

  /** Opens the workspace of a data directory, creating the directory if needed. */
  @FunctionalInterface
  interface Opener {
    Workspace open(Path dataDir);
  }
}
