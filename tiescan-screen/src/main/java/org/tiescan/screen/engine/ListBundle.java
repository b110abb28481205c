package org.tiescan.screen.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.ListRelations;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.graph.curated.CuratedListSource;
import org.tiescan.match.MatchIndex;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.screen.GraphAnnotator;
import org.tiescan.screen.ScreeningException;
import org.tiescan.screen.Screener;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.EntityCursor;
import org.tiescan.store.IndexBuild;
import org.tiescan.store.ListStatus;
import org.tiescan.text.NameAnalyzers;

/**
 * Everything a worker needs to screen, in one directory that can be zipped and shipped: the Lucene
 * match index of a data directory ({@code index/}), the curated dataset it was imported from
 * ({@code curated/}), and the current list records ({@code records.jsonl}, in the data directory's
 * order) from which the ownership graph is rebuilt exactly as {@code tiescan screen} builds it.
 * {@link #open} keeps one opened bundle per JVM, so every partition on an executor shares one index.
 */
public final class ListBundle {
  static final String INDEX = "index";
  static final String CURATED = "curated";
  static final String RECORDS = "records.jsonl";
  private static final Map<String, Screener> OPEN = new ConcurrentHashMap<>();

  private ListBundle() {}

  /**
   * Writes the bundle of {@code data}'s current lists into {@code target} (created; must not hold a
   * bundle yet), first rebuilding the match index if it is missing or older than the lists.
   *
   * @throws ScreeningException when no list is loaded
   */
  public static void write(DataDirectory data, Path target) throws IOException {
    if (data.catalog().status().isEmpty()) {
      throw new ScreeningException("no lists loaded in " + data.root() + "; run `tiescan lists import --bundled`", null);
    }
    if (!data.indexes().isCurrentUpToDate()) {
      data.indexes().rebuild((dir, entities) -> MatchIndex.build(entities, dir, NameAnalyzers.standard()).close());
    }
    IndexBuild build = data.indexes().current().orElseThrow();
    Files.createDirectories(target);
    copyFiles(build.path(), target.resolve(INDEX));
    Optional<ListStatus> curated = data.catalog().status().stream()
        .filter(s -> CuratedListSource.NAME.equals(s.dataset())).findFirst();
    if (curated.isPresent()) copyFiles(Path.of(curated.get().sourceLocation()), target.resolve(CURATED));
    try (EntityCursor records = data.catalog().currentEntities();
        Writer out = Files.newBufferedWriter(target.resolve(RECORDS), StandardCharsets.UTF_8)) {
      while (records.hasNext()) {
        Entity e = records.next();
        if (CuratedListSource.isCurated(e)) continue;
        out.write(EntityJson.toLine(e));
        out.write('\n');
      }
    }
  }

  /** Copies the regular files of {@code from} (not its subdirectories) into {@code to}. */
  private static void copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * The screener over the bundle in {@code dir}, opened once per JVM and settings (thread-safe; the
   * index stays open for the life of the JVM, as an executor's does).
   */
  public static Screener open(Path dir, ScreeningSettings settings) {
    String key = dir.toAbsolutePath().normalize() + "\n" + settings;
    return OPEN.computeIfAbsent(key, k -> load(dir, settings));
  }

  private static Screener load(Path dir, ScreeningSettings settings) {
    try {
      MatchIndex index = MatchIndex.open(dir.resolve(INDEX), NameAnalyzers.standard());
      ExposureOptions exposure = settings.exposureOptions();
      GraphAnnotator graph = exposure == null ? null : new GraphAnnotator(graph(dir, index), exposure);
      return new Screener(index, settings.matchOptions(), 1, graph);
    } catch (IOException e) {
      throw new ScreeningException("cannot open the list bundle " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The ownership graph as the CLI builds it: the curated dataset plus the links list records state, only
   * the records that take part in links held as nodes ({@link ListRelations#addLinked}, two passes over the
   * records file); any other record is read from the bundle's index when asked for.
   */
  static OwnershipGraph graph(Path dir, MatchIndex index) throws IOException {
    Path curated = dir.resolve(CURATED);
    OwnershipGraph.Builder b = Files.isDirectory(curated)
        ? CuratedListSource.compileValid(curated).addTo(OwnershipGraph.builder()) : OwnershipGraph.builder();
    try {
      ListRelations.addLinked(b, each -> eachRecord(dir.resolve(RECORDS), each));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    b.unlinked(id -> index.entityById(id).filter(e -> !CuratedListSource.isCurated(e)));
    return b.build();
  }

  private static void eachRecord(Path records, java.util.function.Consumer<Entity> each) {
    try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) each.accept(EntityJson.fromLine(line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
