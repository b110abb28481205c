package org.tiescan.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tiescan.bench.gen.QueryCase;
import org.tiescan.bench.gen.QuerySetGenerator;
import org.tiescan.bench.gen.NameVariants;
import org.tiescan.bench.gen.SyntheticReferenceSet;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.Query;
import org.tiescan.model.Entity;
import org.tiescan.model.Schema;
import org.tiescan.sources.BundledLists;
import org.tiescan.sources.ftm.FtmJsonlSource;
import org.tiescan.store.DirectoryTrees;
import org.tiescan.text.NameAnalyzers;

/**
 * Issue 4's scale benchmark: writes a synthetic reference set of N entities from real names as FtM
 * JSON lines, streams it through {@link FtmJsonlSource} into a new match index (build time, size on
 * disk, peak heap), reopens it, then measures candidate recall (true entry among the candidates
 * retrieval yields, before scoring), single-match latency (p50/p99 and CPU time, one thread, default
 * options) and batch names/s through the real {@code Screener} with recall at the default threshold.
 *
 * <p>Usage: {@code ScaleBenchmark [--entities N] [--queries Q] [--threads T] [--seed S] [--work DIR]
 * [--reuse-index true] [--screen false] [--single false] [--batches N]}. With {@code --work} the generated file, its
 * queries and the index are kept in DIR and reused by the next run with the same sizes (the index only with {@code
 * --reuse-index true}), so that matching changes can be measured without regenerating and rebuilding 1M entities.
 * {@code --single false} skips candidate recall and single-match latency; {@code --batches N} screens the queries N
 * times, each on a freshly opened index: for comparing two builds' batch speed, which varies by 10–20 % between runs
 * on this machine (docs/benchmarks.md, wave 11).
 */
public final class ScaleBenchmark {
  /** Candidate misses printed per query kind; {@code -Dtiescan.bench.misses=N} shows more (to compare two retrievals). */
  private static final int MISSES_SHOWN_PER_KIND = Integer.getInteger("tiescan.bench.misses", 2);

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    int entities = Integer.parseInt(m.getOrDefault("entities", "10000"));
    int queries = Integer.parseInt(m.getOrDefault("queries", "2000"));
    int threads = Integer.parseInt(m.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    long seed = Long.parseLong(m.getOrDefault("seed", "42"));
    boolean reuseIndex = Boolean.parseBoolean(m.getOrDefault("reuse-index", "false"));
    System.out.println("machine: " + Machine.describe());
    if (m.containsKey("work")) {
      Path work = Files.createDirectories(Path.of(m.get("work")));
      Phases phases = new Phases(!"false".equals(m.get("single")), !"false".equals(m.get("screen")),
          Integer.parseInt(m.getOrDefault("batches", "1")));
      run(entities, queries, threads, seed, work, reuseIndex, phases);
      return;
    }
    Path work = Files.createTempDirectory("tiescan-scale-");
    try {
      run(entities, queries, threads, seed, work, false);
    } finally {
      DirectoryTrees.delete(work);
    }
  }

  static ScreenOutcome run(int entities, int queryCount, int threads, long seed, Path work) throws IOException {
    return run(entities, queryCount, threads, seed, work, false);
  }

  static ScreenOutcome run(int entities, int queryCount, int threads, long seed, Path work, boolean reuseIndex)
      throws IOException {
    return run(entities, queryCount, threads, seed, work, reuseIndex, new Phases(true, true, 1));
  }

  /** Which measurements a run makes: candidate recall and single-match latency, and how many batch screenings. */
  record Phases(boolean single, boolean screen, int batches) {}

  static ScreenOutcome run(int entities, int queryCount, int threads, long seed, Path work, boolean reuseIndex,
      Phases phases) throws IOException {
    // the generator's version in the name: files of an older one are never taken for this one's
    String stem = "reference-g" + GENERATOR + "-" + entities + "-" + queryCount + "-" + seed;
    Path file = work.resolve(stem + ".jsonl");
    Path truth = work.resolve(stem + "-queries.csv");
    List<QueryCase> queries = QueryCases.exists(truth) && Files.exists(file) ? QueryCases.read(truth)
        : generate(entities, queryCount, seed, file, truth);

    Path dir = work.resolve(stem + "-index");
    if (!reuseIndex || !Files.isDirectory(dir)) build(file, dir);

    // a fresh JVM first loads the analyzer's ICU transliterators; time that apart from opening the index
    Stopwatch analyzerTime = Stopwatch.start();
    NameAnalyzers.standard().analyze("杭州海康威视数字技术股份有限公司");
    System.out.printf("analyzer start-up: %.3f s%n", analyzerTime.wallSeconds());
    Stopwatch openTime = Stopwatch.start();
    try (MatchIndex index = MatchIndex.open(dir, NameAnalyzers.standard())) {
      System.out.printf("reopen: %.3f s, %d entities, %d postings in memory (%.0f MB)%n", openTime.wallSeconds(),
          index.size(), index.postingsInMemory(), index.postingsInMemory() * 4 / 1e6);
      if (phases.single()) latencyAndRecall(index, queries);
    }
    if (!phases.screen()) return null;
    Path csv = work.resolve("queries.csv");
    ScreenBenchmark.writeCsv(queries, csv);
    ScreenOutcome outcome = null;
    for (int b = 0; b < phases.batches(); b++) {
      // a fresh instance: the latency run must not have prepared the candidates of these very queries
      try (MatchIndex index = MatchIndex.open(dir, NameAnalyzers.standard())) {
        outcome = ScreenBenchmark.screen(index, queries, csv, threads, 10);
      }
    }
    return outcome;
  }

  private static List<QueryCase> generate(int entities, int queryCount, long seed, Path file, Path truth)
      throws IOException {
    Stopwatch genTime = Stopwatch.start();
    List<QueryCase> queries = new SyntheticReferenceSet(seeds(), seed)
        .write(entities, file, Math.max(1, entities / queryCount));
    QueryCases.write(queries, truth);
    System.out.printf("generated %d synthetic entities (%.1f MB FtM JSON lines): %s%n",
        entities, Files.size(file) / 1e6, genTime.report());
    return queries;
  }

  private static void build(Path file, Path dir) throws IOException {
    Machine.resetPeaks();
    Stopwatch buildTime = Stopwatch.start();
    MatchIndex.build(new SourceIterator(FtmJsonlSource.forFile(file), file), dir, NameAnalyzers.standard()).close();
    System.out.printf("index build (streamed from the file): %s, %.1f MB on disk, peak heap %d MB%n",
        buildTime.report(), ScreenBenchmark.sizeMb(dir), Machine.peakHeapMb());
  }

  /** Bumped when the generated sets change: 2 added names in Chinese characters (and their pinyin, traditional queries). */
  static final String GENERATOR = "2";

  /**
   * Real names to build from: organisation names of the bundled lists, IEEE OUI registrants, and the names in
   * Chinese characters of the ROR sample's Chinese organisations (ror-v2-cn-sample.jsonl, CC0).
   */
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
    Path ror = Path.of(System.getProperty("tiescan.shared.data", "../shared/data"), "publications", "ror",
        "ror-v2-cn-sample.jsonl");
    if (Files.exists(ror)) seeds.addAll(hanNames(ror));
    return seeds;
  }

  /** The first name in Chinese characters of each ROR record that has one, with country "cn". */
  static List<QueryCase> hanNames(Path rorJsonLines) throws IOException {
    List<QueryCase> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(rorJsonLines)) {
      if (line.isBlank()) continue;
      for (JsonNode n : json.readTree(line).path("names")) {
        String value = n.path("value").asText();
        if (NameVariants.isHan(value)) {
          out.add(new QueryCase(value, "cn", "", "ROR"));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Candidate recall (the true entry among the candidates retrieval yields, before scoring), then
   * single-match latency on one thread with the defaults of {@code tiescan match} (threshold 0.7, top 5).
   */
  private static void latencyAndRecall(MatchIndex index, List<QueryCase> queries) {
    MatchOptions options = MatchOptions.defaults();
    int[] ranks = {10, 15, 20, 25, 50, 100};
    int[] foundAt = new int[ranks.length];
    Map<String, int[]> byKind = new TreeMap<>();
    for (QueryCase q : queries) {
      int rank = index.candidateIds(query(q), options).indexOf(q.truthId());
      for (int r = 0; r < ranks.length; r++) if (rank >= 0 && rank < ranks[r]) foundAt[r]++;
      int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[2]);
      k[0]++;
      if (rank >= 0) {
        k[1]++;
      } else if (k[0] - k[1] <= MISSES_SHOWN_PER_KIND) {
        System.out.printf("  candidate miss (%s): %s -> %s%n", q.kind(), q.name(), q.truthId());
      }
    }
    System.out.printf("candidate recall (true entry among the retrieved candidates): %.4f%n",
        (double) foundAt[ranks.length - 1] / queries.size());
    for (int r = 0; r < ranks.length; r++) {
      System.out.printf("  among the first %3d candidates: %.4f%n", ranks[r], (double) foundAt[r] / queries.size());
    }
    byKind.forEach((k, v) -> System.out.printf("  %-14s %6d queries, candidate recall %.4f%n", k, v[0], (double) v[1] / v[0]));
    System.out.printf("retrieval cost for these %d queries: %s%n", queries.size(), index.retrievalCost());
    timeRetrieval(index, queries, options);
    for (int i = 0; i < Math.min(200, queries.size()); i++) index.match(query(queries.get(i)), options); // warm-up
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[queries.size()];
    long cpu0 = threads.getCurrentThreadCpuTime();
    long allocated0 = allocated();
    Stopwatch time = Stopwatch.start();
    for (int i = 0; i < queries.size(); i++) {
      long t0 = System.nanoTime();
      index.match(query(queries.get(i)), options);
      nanos[i] = System.nanoTime() - t0;
    }
    double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / queries.size();
    double allocatedKb = (allocated() - allocated0) / 1e3 / queries.size();
    Arrays.sort(nanos);
    System.out.printf("single match (1 thread, %d queries, threshold 0.7, top 5): p50 %.2f ms, p99 %.2f ms, max %.2f ms wall; "
        + "%.2f ms CPU per match (matching thread), %.1f KB allocated per match; %s%n", nanos.length,
        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, cpuMs,
        allocatedKb, time.report());
  }

  /** Bytes this thread has allocated so far: a count the host's noise does not change. */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /**
   * Retrieval alone, on one thread, after the recall pass has warmed it: CPU per query of analysing the query
   * and retrieving its candidates ({@code MatchIndex.countRetrieved}), the rounds back to back in one JVM.
   */
  private static void timeRetrieval(MatchIndex index, List<QueryCase> queries, MatchOptions options) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Query> prepared = queries.stream().map(ScaleBenchmark::query).toList();
    StringBuilder rounds = new StringBuilder();
    for (int round = 0; round < RETRIEVAL_ROUNDS; round++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      for (Query q : prepared) index.countRetrieved(q, options);
      rounds.append(String.format(" %.1f", (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / prepared.size()));
    }
    System.out.printf("retrieval alone (1 thread, µs CPU per query, %d rounds):%s%n", RETRIEVAL_ROUNDS, rounds);
  }

  private static final int RETRIEVAL_ROUNDS = 3;

  private static Query query(QueryCase q) {
    return new Query(Schema.COMPANY, List.of(q.name()), List.of(), List.of());
  }
}
