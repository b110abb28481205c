package org.tiescan.server;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.tiescan.cli.LoadedGraph;
import org.tiescan.cli.Workspace;
import org.tiescan.graph.EntityView;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.screen.GraphAnnotator;
import org.tiescan.server.auth.ApiKeys;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.IndexBuild;
import org.tiescan.store.cases.CaseStore;

/**
 * What the handlers use: the loaded lists (workspace, match index and ownership graph, built once
 * at start because the graph compile costs seconds), the case store and the API keys. When another
 * process imports a new list version, {@link #reloadIfListsChanged()} swaps in a fresh workspace;
 * requests in flight finish on the old one.
 */
public final class Backend implements AutoCloseable {
  private final Supplier<Workspace> opener;
  private final DataDirectory data;
  private final CaseStore cases;
  private final ApiKeys keys;
  private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "tiescan-workspace-closer");
    t.setDaemon(true);
    return t;
  });
  private volatile Loaded loaded;

  /** The lists as one request sees them. */
  public record Loaded(Workspace workspace, OwnershipGraph graph, GraphAnnotator annotator, EntityView view,
      Long indexBuild) {}

  /**
   * @param opener opens the workspace with lists loaded (imports the bundled snapshot on an empty data directory)
   * @param data the data directory (keys, screening runs, list versions and diffs)
   * @param cases the case store (decisions), SQLite in {@code data} or PostgreSQL
   */
  public Backend(Supplier<Workspace> opener, DataDirectory data, CaseStore cases) {
    this.opener = opener;
    this.data = data;
    this.cases = cases;
    this.keys = ApiKeys.open(data);
    this.loaded = load();
  }

  private Loaded load() {
    Workspace ws = opener.get();
    try {
      ws.matcher();
      LoadedGraph g = ws.graph().orElseThrow(() -> new IllegalStateException("the workspace has no ownership graph"));
      ExposureOptions options = ExposureOptions.defaults();
      return new Loaded(ws, g.graph(), new GraphAnnotator(g.graph(), options), new EntityView(g.graph(), g.evidence(), options),
          currentBuild().orElse(null));
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  private Optional<Long> currentBuild() {
    return data.indexes().current().map(IndexBuild::id);
  }

  public Loaded loaded() {
    return loaded;
  }

  /**
   * Reopens the lists when the data directory's current match index is not the one loaded (a
   * {@code tiescan lists update} or import ran meanwhile). @return whether it reloaded
   */
  public synchronized boolean reloadIfListsChanged() {
    Long now = currentBuild().orElse(null);
    if (now == null || now.equals(loaded.indexBuild())) return false;
    Loaded old = loaded;
    loaded = load();
    // let requests that still hold the old workspace finish before its index is closed
    closer.schedule(() -> old.workspace().close(), 30, TimeUnit.SECONDS);
    return true;
  }

  public DataDirectory data() {
    return data;
  }

  public CaseStore cases() {
    return cases;
  }

  public ApiKeys keys() {
    return keys;
  }

  @Override
  public void close() {
    closer.shutdownNow();
    loaded.workspace().close();
    cases.close();
    data.close();
  }
}
