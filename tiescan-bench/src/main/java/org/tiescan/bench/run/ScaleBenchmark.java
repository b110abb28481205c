package org.tiescan.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tiescan.bench.gen.QueryCase;
import org.tiescan.bench.gen.QuerySetGenerator;
import org.tiescan.bench.gen.SyntheticReferenceSet;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Query;
import org.tiescan.model.Entity;
import org.tiescan.model.Schema;
import org.tiescan.sources.BundledLists;
import org.tiescan.sources.ftm.FtmJsonlSource;
import org.tiescan.text.NameAnalyzers;

/**
 * Issue 4's scale benchmark: writes a synthetic reference set of N entities from real names as FtM
 * JSON lines, streams it through {@link FtmJsonlSource} into a new match index (build time, size on
 * disk, peak heap), reopens it, then measures single-match latency (p50/p99, one thread), candidate
 * recall (true entry among the top 25 results at any score) and batch names/s through the real
 * {@code Screener} with recall at the default threshold.
 *
 * <p>Usage: {@code ScaleBenchmark [--entities N] [--queries Q] [--threads T] [--seed S]}.
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    int entities = Integer.parseInt(m.getOrDefault("entities", "10000"));
    int queries = Integer.parseInt(m.getOrDefault("queries", "2000"));
    int threads = Integer.parseInt(m.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    long seed = Long.parseLong(m.getOrDefault("seed", "42"));
    System.out.println("machine: " + Machine.describe());
    Path work = Files.createTempDirectory("tiescan-scale-");
    try {
      run(entities, queries, threads, seed, work);
    } finally {
      ScreenBenchmark.deleteTree(work);
    }
  }

  static ScreenOutcome run(int entities, int queryCount, int threads, long seed, Path work) throws IOException {
    Path file = work.resolve("reference.jsonl");
    Stopwatch genTime = Stopwatch.start();
    List<QueryCase> queries = new SyntheticReferenceSet(seeds(), seed)
        .write(entities, file, Math.max(1, entities / queryCount));
    System.out.printf("generated %d synthetic entities (%.1f MB FtM JSON lines): %s%n",
        entities, Files.size(file) / 1e6, genTime.report());

    Machine.resetPeaks();
    Stopwatch buildTime = Stopwatch.start();
    Path dir = work.resolve("index");
    MatchIndex.build(new SourceIterator(FtmJsonlSource.forFile(file), file), dir, NameAnalyzers.standard()).close();
    System.out.printf("index build (streamed from the file): %s, %.1f MB on disk, peak heap %d MB%n",
        buildTime.report(), ScreenBenchmark.sizeMb(dir), Machine.peakHeapMb());

    Stopwatch openTime = Stopwatch.start();
    try (MatchIndex index = MatchIndex.open(dir, NameAnalyzers.standard())) {
      System.out.printf("reopen: %.3f s, %d entities%n", openTime.wallSeconds(), index.size());
      latencyAndRecall(index, queries);
      Path csv = work.resolve("queries.csv");
      ScreenBenchmark.writeCsv(queries, csv);
      return ScreenBenchmark.screen(index, queries, csv, threads, 10);
    }
  }

  /** Real names to build from: organisation names of the bundled lists and IEEE OUI registrants. */
  private static List<QueryCase> seeds() throws IOException {
    List<QueryCase> seeds = new ArrayList<>();
    BundledLists.locate().ifPresent(b -> {
      List<Entity> all = new ArrayList<>();
      try {
        b.readAll(all::add);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      seeds.addAll(QuerySetGenerator.organisationNames(all.iterator()));
    });
    Path oui = Path.of(System.getProperty("tiescan.shared.data", "../shared/data"), "oui", "oui.csv");
    if (Files.exists(oui)) {
      for (String n : QuerySetGenerator.unrelatedOrganisations(oui)) seeds.add(new QueryCase(n, "", "", "OUI"));
    }
    return seeds;
  }

  private static void latencyAndRecall(MatchIndex index, List<QueryCase> queries) {
    MatchOptions top25 = new MatchOptions(0.0, 25, true);
    for (int i = 0; i < Math.min(200, queries.size()); i++) index.match(query(queries.get(i)), top25); // warm-up
    long[] nanos = new long[queries.size()];
    int found = 0;
    Stopwatch time = Stopwatch.start();
    for (int i = 0; i < queries.size(); i++) {
      QueryCase q = queries.get(i);
      long t0 = System.nanoTime();
      List<MatchResult> results = index.match(query(q), top25);
      nanos[i] = System.nanoTime() - t0;
      if (results.stream().anyMatch(r -> r.entity().id().equals(q.truthId()))) found++;
    }
    Arrays.sort(nanos);
    System.out.printf("single match (1 thread, %d queries, top 25 at any score): p50 %.2f ms, p99 %.2f ms, max %.2f ms; %s%n",
        nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
        nanos[nanos.length - 1] / 1e6, time.report());
    System.out.printf("candidate recall (true entry among the top 25): %.4f%n", (double) found / queries.size());
  }

  private static Query query(QueryCase q) {
    return new Query(Schema.COMPANY, List.of(q.name()), List.of(), List.of());
  }
}
