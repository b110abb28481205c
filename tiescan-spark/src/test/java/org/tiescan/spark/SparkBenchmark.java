package org.tiescan.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.SparkSession;
import org.tiescan.bench.gen.QueryCase;
import org.tiescan.bench.gen.QuerySetGenerator;
import org.tiescan.model.Entity;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.engine.EngineInput;
import org.tiescan.screen.engine.EngineOutput;
import org.tiescan.screen.engine.EntityScreeningJob;
import org.tiescan.screen.engine.ListBundle;
import org.tiescan.screen.engine.LocalEngine;
import org.tiescan.screen.engine.ScreeningSettings;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.sources.BundledLists;

/**
 * Issue 10's benchmark (not a unit test; run by {@code scripts/bench-spark}): generates N records
 * with tiescan-bench's query generator (perturbed names of real list entries and unrelated IEEE OUI
 * registrants, half each), screens the same CSV with the local engine on two threads and with the
 * Spark engine on local[2], prints records/s of each, their ratio, and whether the outputs are
 * byte-identical. Lives beside the Spark tests because tiescan-bench must not pull in Spark.
 *
 * <p>Usage: {@code SparkBenchmark [--records N] [--seed S] [--oui FILE] [--skip-local true]}.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    int records = Integer.parseInt(o.getOrDefault("records", "10000000"));
    long seed = Long.parseLong(o.getOrDefault("seed", "42"));
    Path oui = Path.of(o.getOrDefault("oui", System.getProperty("tiescan.shared.data", "../shared/data") + "/oui/oui.csv"));
    System.out.printf("machine: %d cores, load %s%n", Runtime.getRuntime().availableProcessors(), load());

    long t = System.nanoTime();
    Path dataDir = TestLists.dataDir();
    Path bundle = TestLists.bundle();
    System.out.printf("bundled lists imported, index and bundle built: %.1f s%n", seconds(t));

    Path work = TempDirs.create("tiescan-spark-bench-");
    Path csv = work.resolve("records.csv");
    t = System.nanoTime();
    generate(csv, records, seed, oui);
    System.out.printf("generated %,d records (%.0f MB) in %.1f s%n", records, Files.size(csv) / 1e6, seconds(t));

    EngineInput in = EngineInput.of(csv.toString());
    ColumnMapping columns = ColumnMapping.detect(in.location(), new LocalEngine(1).columns(in), null);
    String localDigest = null;
    double localRate = 0;
    double localPerCpu = 0;
    warmUp(work, seed, oui, bundle);
    if (!Boolean.parseBoolean(o.getOrDefault("skip-local", "false"))) {
      Path out = work.resolve("local.jsonl");
      cpuStart = cpuNanos();
      ScreeningSummary s = new LocalEngine(2).run(in, new EntityScreeningJob(
          () -> ListBundle.open(bundle, ScreeningSettings.defaults()), in.location(), columns),
          new EngineOutput(out.toString(), null));
      localRate = report("local engine, 2 threads", s);
      localPerCpu = perCpu(s);
      localDigest = digest(List.of(out));
      Files.delete(out);
    }

    SparkSession spark = SparkSession.builder().master("local[2]").appName("tiescan bench")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    Path sparkOut = work.resolve("spark.jsonl");
    cpuStart = cpuNanos(); // after the session's start-up, a fixed cost of seconds
    ScreeningSummary s = TiescanSparkJob.run(spark, new TiescanSparkJob.Options(in,
        new EngineOutput(sparkOut.toString(), null), TiescanSparkJob.Lists.dataDir(dataDir),
        ScreeningSettings.defaults(), null));
    double sparkRate = report("spark engine, local[2]", s);
    double sparkPerCpu = perCpu(s);
    String sparkDigest = digest(parts(sparkOut));
    spark.stop();
    if (localDigest != null) {
      System.out.printf("spark / local throughput: %.2f wall, %.2f per CPU-second%n", sparkRate / localRate,
          sparkPerCpu / localPerCpu);
      System.out.println("outputs identical (SHA-256 of the JSON lines): " + sparkDigest.equals(localDigest));
    }
    System.out.printf("load after: %s%n", load());
  }

  private static long cpuStart;

  /** 2,000 other records through the local engine first, so neither engine is timed with a cold JIT. */
  private static void warmUp(Path work, long seed, Path oui, Path bundle) throws IOException {
    long t = System.nanoTime();
    Path csv = work.resolve("warm-up.csv");
    generate(csv, 2_000, seed + 1, oui);
    EngineInput in = EngineInput.of(csv.toString());
    ColumnMapping columns = ColumnMapping.detect(in.location(), new LocalEngine(1).columns(in), null);
    new LocalEngine(2).run(in, new EntityScreeningJob(() -> ListBundle.open(bundle, ScreeningSettings.defaults()),
        in.location(), columns), new EngineOutput(work.resolve("warm-up.jsonl").toString(), null));
    System.out.printf("warm-up (2,000 other records, bundle opened): %.1f s%n", seconds(t));
  }

  /** CPU time of the whole process (every thread, Spark's included): the fair measure on a loaded machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double perCpu(ScreeningSummary s) {
    double cpu = (cpuNanos() - cpuStart) / 1e9;
    System.out.printf("  process CPU %.1f s = %,.0f records per CPU-second%n", cpu, s.records() / cpu);
    return s.records() / cpu;
  }

  private static double report(String engine, ScreeningSummary s) {
    double secs = s.elapsed().toNanos() / 1e9;
    System.out.printf("%s: %,d records (%,d with hits, %,d problems) in %.1f s = %,.0f records/s, load %s%n",
        engine, s.records(), s.withHits(), s.problems(), secs, s.records() / secs, load());
    return s.records() / secs;
  }

  /** Writes the records in chunks of 100,000 so memory stays flat at any size. */
  static void generate(Path csv, int records, long seed, Path oui) throws IOException {
    List<Entity> entities = new ArrayList<>();
    BundledLists.locate().orElseThrow().readAll(entities::add);
    List<QueryCase> listNames = QuerySetGenerator.organisationNames(entities.iterator());
    List<String> unrelated = QuerySetGenerator.unrelatedOrganisations(oui);
    QuerySetGenerator generator = new QuerySetGenerator(seed);
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("id", "name", "country").get())) {
      for (int done = 0; done < records; ) {
        int n = Math.min(100_000, records - done);
        for (QueryCase q : generator.generate(listNames, unrelated, n, 0.5)) p.printRecord(done++, q.name(), q.country());
      }
    }
  }

  private static List<Path> parts(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }

  private static String digest(List<Path> files) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] buf = new byte[1 << 16];
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        for (int n = in.read(buf); n > 0; n = in.read(buf)) sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --option value, got " + args[i]);
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }
}
