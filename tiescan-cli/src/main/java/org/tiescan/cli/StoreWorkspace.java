package org.tiescan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.graph.EvidenceLookup;
import org.tiescan.graph.ListRelations;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.graph.curated.CuratedDataset;
import org.tiescan.graph.curated.CuratedListSource;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.Matcher;
import org.tiescan.model.Entity;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.BundledList;
import org.tiescan.sources.BundledLists;
import org.tiescan.sources.ListSources;
import org.tiescan.store.Checksums;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.FetchRecord;
import org.tiescan.store.ImportOptions;
import org.tiescan.store.ImportResult;
import org.tiescan.store.IndexBuild;
import org.tiescan.store.ListCatalog;
import org.tiescan.store.ListStatus;
import org.tiescan.store.ListVersion;
import org.tiescan.store.StoreException;
import org.tiescan.store.cases.CaseStores;
import org.tiescan.store.runs.RunStart;
import org.tiescan.text.NameAnalyzers;

/**
 * The real workspace: lists in the SQLite data directory of tiescan-store, matched through the Lucene
 * {@link MatchIndex} of tiescan-match, which the store builds after every import.
 */
final class StoreWorkspace implements Workspace {
  private final DataDirectory data;
  /** Guarded by {@link #matcherLock}. */
  private MatchIndex index;
  /** Guarded by {@link #graphLock}: built while the index may be opening. */
  private LoadedGraph graph;
  private final Object matcherLock = new Object();
  private final Object graphLock = new Object();

  private StoreWorkspace(DataDirectory data) {
    this.data = data;
  }

  static Workspace open(Path dir) {
    try {
      return new StoreWorkspace(DataDirectory.open(dir));
    } catch (IOException | StoreException e) {
      throw new DataException("cannot open the data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<LoadedList> lists() {
    return data.catalog().status().stream().map(StoreWorkspace::loaded).toList();
  }

  private static LoadedList loaded(ListStatus s) {
    return new LoadedList(s.dataset(), s.title(), s.snapshotDate(), s.sourceLocation(),
        s.importedAt() == null ? null : s.importedAt().toString(), s.recordCount(), s.problemCount());
  }

  @Override
  public List<LoadedList> importBundled() {
    BundledLists bundled = BundledLists.locate().orElseThrow(() -> new DataException(
        "the bundled list snapshot (data/lists) was not found above " + Path.of("").toAbsolutePath()
            + "; run tiescan from the repository, set -D" + BundledLists.PROPERTY
            + "=DIR, or import lists with `tiescan lists import DATASET PATH`"));
    if (!bundled.missing().isEmpty()) {
      throw new DataException("the bundled list snapshot is incomplete; missing " + bundled.missing());
    }
    List<String> imported = new ArrayList<>();
    for (BundledList list : bundled.lists()) {
      importInto(list.dataset().name(), list.source(), list.location());
      imported.add(list.dataset().name());
    }
    // the curated dataset beside the lists: Chinese names, brands, former names, identifiers, links
    CuratedListSource.locate().ifPresent(dir -> {
      importInto(CuratedListSource.NAME, new CuratedListSource(), dir);
      imported.add(CuratedListSource.NAME);
    });
    rebuildIndex();
    return lists().stream().filter(l -> imported.contains(l.dataset())).toList();
  }

  @Override
  public LoadedList importList(String dataset, Path location) {
    ListSource source = sourceFor(dataset, location);
    String name = source.dataset().name();
    // the graph compiles the curated links from the stored location later, from any directory
    ImportResult result =
        importInto(name, source, name.equals(CuratedListSource.NAME) ? location.toAbsolutePath().normalize() : location);
    rebuildIndex();
    return lists().stream().filter(l -> l.dataset().equals(name)).findFirst().orElseThrow()
        .withFirstProblems(result.problems());
  }

  private static ListSource sourceFor(String dataset, Path location) {
    if (CuratedListSource.NAME.equals(dataset)) return new CuratedListSource();
    try {
      String name = dataset != null ? dataset : ListSources.detect(location).orElseThrow(() -> new DataException(
          location + ": cannot tell which list this is; name it, e.g. `tiescan lists import us-csl " + location + "`"));
      return ListSources.forName(name, location);
    } catch (IllegalArgumentException e) {
      throw new DataException(e.getMessage(), e);
    } catch (IOException e) {
      throw new DataException("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public DataDirectory store() {
    return data;
  }

  @Override
  public ImportResult importFetched(String dataset, Path location, FetchRecord fetch, boolean force) {
    ListSource source = sourceFor(dataset, location);
    ImportResult result = importInto(source.dataset().name(), source, location,
        force ? ImportOptions.DEFAULT.forced() : ImportOptions.DEFAULT);
    data.fetches().record(result.version().id(), fetch);
    rebuildIndex();
    return result;
  }

  private ImportResult importInto(String dataset, ListSource source, Path location) {
    return importInto(dataset, source, location, ImportOptions.DEFAULT);
  }

  private ImportResult importInto(String dataset, ListSource source, Path location, ImportOptions options) {
    try {
      ImportResult result = data.importer().importVersion(dataset, null, source, location, options);
      auditImport(result, location);
      return result;
    } catch (IOException | UncheckedIOException | SourceFormatException | StoreException e) {
      throw new DataException("cannot import " + dataset + " from " + location + ": " + e.getMessage(), e);
    }
  }

  /** Every import goes into the audit log of the data directory's case store (issue 8). */
  private void auditImport(ImportResult r, Path location) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("version", r.version().id());
    content.put("previous_version", r.previousVersionId());
    content.put("records", r.version().recordCount());
    content.put("problems", r.version().problemCount());
    content.put("sha256", r.version().sha256());
    content.put("source", location.toString());
    CaseStores.sqlite(data).audit("list-import", r.version().dataset(), content);
  }

  private void rebuildIndex() {
    closeIndex();
    try {
      data.indexes().rebuild((dir, entities) -> MatchIndex.build(entities, dir, NameAnalyzers.standard()).close());
    } catch (IOException | StoreException e) {
      throw new DataException("cannot build the match index: " + e.getMessage(), e);
    }
  }

  @Override
  public RunRecorder recordRun(Path input, String optionsJson) {
    try {
      Long build = data.indexes().current().map(IndexBuild::id).orElse(null);
      long id = data.runs().start(new RunStart(input.toString(), Checksums.sha256(input), optionsJson, build));
      return new StoredRun(data.runs(), id, data.root(), CaseStores.sqlite(data));
    } catch (IOException | StoreException e) {
      throw new DataException("cannot record the screening run in " + data.root() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> importableDatasets() {
    List<String> names = new ArrayList<>(ListSources.names());
    names.add(CuratedListSource.NAME);
    return names;
  }

  /**
   * The curated dataset compiled from where its current version was imported (its relationships live
   * there, not in the match index), plus the current list records with the links they state (as nodes
   * only those that take part in links, {@link ListRelations#addLinked}). Built once; another thread may
   * open the match index meanwhile ({@link #matcher}).
   */
  @Override
  public java.util.Optional<LoadedGraph> graph() {
    synchronized (graphLock) {
      return java.util.Optional.of(graph != null ? graph : (graph = buildGraph()));
    }
  }

  private LoadedGraph buildGraph() {
    OwnershipGraph.Builder b = OwnershipGraph.builder();
    EvidenceLookup evidence = EvidenceLookup.none();
    java.util.Optional<ListStatus> curated = data.catalog().status().stream()
        .filter(s -> CuratedListSource.NAME.equals(s.dataset())).findFirst();
    if (curated.isPresent()) {
      Path location = curatedLocation(Path.of(curated.get().sourceLocation()));
      try {
        CuratedDataset d = CuratedListSource.compileValid(location);
        d.addTo(b);
        evidence = d.evidence();
      } catch (IOException | SourceFormatException e) {
        throw new DataException("cannot read the curated dataset at " + location + " (imported from there): "
            + e.getMessage() + "; re-import it with `tiescan lists import " + CuratedListSource.NAME + " DIR`", e);
      }
    }
    addListRecords(b);
    ListCatalog catalog = data.catalog();
    b.unlinked(id -> catalog.entity(id).filter(e -> !CuratedListSource.isCurated(e)));
    return new LoadedGraph(b.build(), evidence);
  }

  /** Lists this large take seconds to pick the graph's records from: the wait is said. */
  private static final long SAID_FROM = 100_000;

  /** The cache of the list records the graph holds as nodes ({@link GraphRecords}). */
  static final String GRAPH_RECORDS = "graph-records";

  /**
   * Adds the list records that take part in links ({@link ListRelations#addLinked}): those kept from an
   * earlier run on the same list versions when there are, else picked in two passes over the store (at a
   * million entities ≈ 8 s of a screening's start, docs/benchmarks.md) and kept for the next run.
   */
  private void addListRecords(OwnershipGraph.Builder b) {
    GraphRecords kept = new GraphRecords(data.recordCache(GRAPH_RECORDS), b);
    List<Entity> records = kept.read();
    if (records != null) {
      ListRelations.addLinked(b, records::forEach);
      return;
    }
    long listed = data.catalog().currentVersions().stream().mapToLong(ListVersion::recordCount).sum();
    if (listed >= SAID_FROM) {
      System.err.printf("tiescan: picking the list records of the ownership graph from %,d records (once after each"
          + " import)…%n", listed);
    }
    boolean picked = false;
    try {
      ListRelations.addLinked(b, each -> {
        try (var cursor = data.catalog().currentEntities()) {
          cursor.forEachRemaining(e -> { if (!CuratedListSource.isCurated(e)) each.accept(e); });
        }
      }, kept::add);
      picked = true;
    } catch (StoreException e) {
      throw new DataException("cannot read the loaded lists: " + e.getMessage(), e);
    } finally {
      if (!picked) kept.abandon();
    }
    kept.commit();
  }

  /**
   * Where to compile the curated dataset from: the folder it was imported from, or, when that folder
   * is gone (a moved or deleted checkout), the bundled copy the launcher names, said on stderr.
   */
  private static Path curatedLocation(Path imported) {
    String bundled = System.getProperty(CuratedListSource.PROPERTY);
    if (java.nio.file.Files.isDirectory(imported) || bundled == null || !java.nio.file.Files.isDirectory(Path.of(bundled))) {
      return imported;
    }
    System.err.println("tiescan: the curated dataset's import folder " + imported + " is gone; using the bundled copy at "
        + bundled + " (re-import with `tiescan lists import " + CuratedListSource.NAME + " DIR` to make it current)");
    return Path.of(bundled);
  }

  @Override
  public Matcher matcher() {
    synchronized (matcherLock) {
      if (index == null) index = openMatcher();
      return index;
    }
  }

  private MatchIndex openMatcher() {
    if (lists().isEmpty()) throw new DataException("no lists loaded in " + data.root() + "; run `tiescan lists import --bundled`");
    if (!data.indexes().isCurrentUpToDate()) rebuildIndex();
    IndexBuild build = data.indexes().current()
        .orElseThrow(() -> new DataException("no match index in " + data.root()));
    try {
      return open(build);
    } catch (IllegalStateException olderVersion) {
      // written by another version (analyzer or document layout): the index is derived from the stored lists, so remake it
      System.err.println("tiescan: the match index in " + data.root() + " was built by another version of tiescan "
          + "(its name analysis or layout changed); rebuilding it from the stored lists…");
      rebuildIndex();
      return open(data.indexes().current().orElseThrow(() -> new DataException("no match index in " + data.root())));
    }
  }

  private static MatchIndex open(IndexBuild build) {
    try {
      if (!Files.isDirectory(build.path())) throw new DataException("the match index " + build.path() + " is missing");
      return MatchIndex.open(build.path(), NameAnalyzers.standard());
    } catch (IOException e) {
      throw new DataException("cannot open the match index " + build.path() + ": " + e.getMessage(), e);
    }
  }

  private void closeIndex() {
    if (index == null) return;
    try {
      index.close();
    } catch (IOException ignored) {
      // a read-only index; nothing to lose
    }
    index = null;
  }

  @Override
  public void close() {
    closeIndex();
    data.close();
  }
}
