package org.tiescan.bench.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tiescan.bench.gen.QueryCase;
import org.tiescan.bench.gen.QuerySetGenerator;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.model.Entity;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.Screener;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.sources.BundledList;
import org.tiescan.sources.BundledLists;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.DirectoryTrees;
import org.tiescan.store.IndexBuild;
import org.tiescan.text.NameAnalyzers;

/**
 * Issue 2's end-to-end benchmark: imports the bundled lists into a fresh data directory, builds the
 * match index, writes a CSV of labelled queries made from real names (perturbed list names and
 * unrelated IEEE OUI registrants), screens it with the real {@link Screener} and reports names/s,
 * heap, recall on the positives and the false-match rate on the unrelated names.
 *
 * <p>Usage: {@code ScreenBenchmark [--queries N] [--threads T] [--positive-share F] [--seed S]
 * [--oui FILE] [--top-false N]}; see {@code scripts/bench-screen}.
 */
public final class ScreenBenchmark {
  private ScreenBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    System.out.println("machine: " + Machine.describe());
    Path work = Files.createTempDirectory("tiescan-bench-");
    try {
      run(o, work);
    } finally {
      DirectoryTrees.delete(work);
    }
  }

  static ScreenOutcome run(Options o, Path work) throws IOException {
    BundledLists bundled = BundledLists.locate().orElseThrow(() -> new IllegalStateException(
        "bundled lists not found; run from the repository or set -D" + BundledLists.PROPERTY));
    try (DataDirectory data = DataDirectory.open(work.resolve("data"))) {
      Stopwatch importTime = Stopwatch.start();
      for (BundledList list : bundled.lists()) {
        data.importer().importVersion(list.dataset().name(), null, list.source(), list.location());
      }
      System.out.println("import of the bundled lists: " + importTime.report());

      Stopwatch buildTime = Stopwatch.start();
      IndexBuild build = data.indexes().rebuild(
          (dir, entities) -> MatchIndex.build(entities, dir, NameAnalyzers.standard()).close());
      System.out.printf("index build: %s, %.1f MB on disk%n", buildTime.report(), sizeMb(build.path()));

      List<QueryCase> queries = queries(o, bundled);
      Path csv = work.resolve("queries.csv");
      writeCsv(queries, csv);

      Stopwatch openTime = Stopwatch.start();
      try (MatchIndex index = MatchIndex.open(build.path(), NameAnalyzers.standard())) {
        System.out.printf("index open: %.3f s, %d entities%n", openTime.wallSeconds(), index.size());
        return screen(index, queries, csv, o.threads(), o.topFalse());
      }
    }
  }

  private static List<QueryCase> queries(Options o, BundledLists bundled) throws IOException {
    List<Entity> entities = new ArrayList<>();
    bundled.readAll(entities::add);
    List<QueryCase> listNames = QuerySetGenerator.organisationNames(entities.iterator());
    List<String> unrelated = QuerySetGenerator.unrelatedOrganisations(o.oui());
    System.out.printf("query sources: %d organisation names of list entries, %d unrelated OUI registrants%n",
        listNames.size(), unrelated.size());
    return new QuerySetGenerator(o.seed()).generate(listNames, unrelated, o.queries(), o.positiveShare());
  }

  static void writeCsv(List<QueryCase> queries, Path csv) throws IOException {
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("id", "name", "country").get())) {
      for (int i = 0; i < queries.size(); i++) p.printRecord(i, queries.get(i).name(), queries.get(i).country());
    }
  }

  /** Screens the query CSV through the real {@link Screener} and prints throughput, heap and recall. */
  static ScreenOutcome screen(MatchIndex index, List<QueryCase> queries, Path csv, int threads, int topFalse) {
    ScreenOutcome outcome = new ScreenOutcome(queries);
    Screener screener = new Screener(index, MatchOptions.defaults(), threads);
    Machine.resetPeaks();
    long jitBefore = Machine.jitMillis();
    long gcBefore = Machine.gcMillis();
    Stopwatch time = Stopwatch.start();
    ScreeningSummary summary;
    try (InputReader input = InputFiles.open(csv, null, null)) {
      ColumnMapping columns = ColumnMapping.detect(csv.toString(), input.columns(), ColumnMapping.Overrides.none());
      summary = screener.screen(input, columns, outcome, ProgressListener.NONE);
    }
    double wall = time.wallSeconds();
    double cpu = time.cpuSeconds();
    System.out.printf("screened %d names on %d threads: %.1f s wall, %.1f s CPU, load %.2f; JIT compiling %.1f s,"
        + " garbage collection %.1f s%n", summary.records(), threads, wall, cpu, Machine.load(),
        (Machine.jitMillis() - jitBefore) / 1e3, (Machine.gcMillis() - gcBefore) / 1e3);
    System.out.printf("throughput: %.0f names/s wall, %.0f names per CPU-second%n",
        summary.records() / wall, summary.records() / cpu);
    System.out.printf("peak heap during screening: %d MB (live after GC: %d MB)%n",
        Machine.peakHeapMb(), Machine.liveHeapMb());
    System.out.printf("positives: %d, true entry matched: %.4f, true entry ranked first: %.4f%n",
        outcome.positives, outcome.recall(), outcome.topRecall());
    outcome.recallByKind().forEach((k, v) -> System.out.printf("  %-14s %6d queries, recall %.4f%n", k, v[0], (double) v[1] / v[0]));
    System.out.printf("unrelated: %d, matched at the default threshold: %d (%.4f; %d distinct names)%n",
        outcome.negatives, outcome.negativesMatched, outcome.falseMatchRate(), outcome.distinctFalseMatchNames());
    for (ScreenOutcome.FalseMatch f : outcome.topFalseMatches(topFalse)) {
      System.out.printf("  %.3f  %-45s -> %s (%s)%n", f.score(), f.query(), f.caption(), f.entityId());
    }
    if (outcome.problems > 0) System.out.println("records with problems: " + outcome.problems);
    return outcome;
  }

  static double sizeMb(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
    }
  }

  /** Command-line options of the harness. */
  record Options(int queries, int threads, double positiveShare, long seed, Path oui, int topFalse) {
    static Options parse(String[] args) {
      Map<String, String> m = new java.util.HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --option value, got " + args[i]);
        m.put(args[i].substring(2), args[i + 1]);
      }
      String shared = System.getProperty("tiescan.shared.data", "../shared/data");
      return new Options(Integer.parseInt(m.getOrDefault("queries", "100000")),
          Integer.parseInt(m.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors()))),
          Double.parseDouble(m.getOrDefault("positive-share", "0.5")),
          Long.parseLong(m.getOrDefault("seed", "42")),
          Path.of(m.getOrDefault("oui", shared + "/oui/oui.csv")),
          Integer.parseInt(m.getOrDefault("top-false", "25")));
    }
  }
}
