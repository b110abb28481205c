package org.tiescan.text.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;

/**
 * Timing harness (not a test): per-name analysis time of the standard analyzer, cold and warm, on
 * real Latin names (CSL) and real Han names (ROR sample, EU 2020/1998). Run with the module's test
 * classpath; argument: the shared data directory. See docs/matching.md for the command and numbers.
 */
public final class AnalyzerTiming {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private AnalyzerTiming() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<String> latin = cslNames(data.resolve("lists/us-csl/consolidated-2022-05.csv"));
    List<String> han = hanNames(data);
    NameAnalyzer analyzer;

    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    analyzer = NameAnalyzers.standard();
    analyzer.analyze(latin.get(0));
    long coldLatin = System.nanoTime() - t0;
    long coldLatinCpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    cpu0 = THREADS.getCurrentThreadCpuTime();
    t0 = System.nanoTime();
    analyzer.analyze(han.get(0));
    long coldHan = System.nanoTime() - t0;
    long coldHanCpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    System.out.printf("cold: first Latin name %.0f ms wall / %.0f ms CPU (loads the knowledge files); "
        + "first Han name %.0f ms wall / %.0f ms CPU (loads the Han tables)%n",
        coldLatin / 1e6, coldLatinCpu / 1e6, coldHan / 1e6, coldHanCpu / 1e6);

    // first pass over all Han names fills the per-character caches: this is "cold characters"
    t0 = System.nanoTime();
    for (String name : han) analyzer.analyze(name);
    System.out.printf("first pass over %d Han names (filling the character cache): %.1f us/name%n",
        han.size(), (System.nanoTime() - t0) / 1e3 / han.size());

    for (int round = 0; round < 5; round++) {
      report("Latin", analyzer, latin);
      report("Han", analyzer, han);
    }
  }

  private static void report(String label, NameAnalyzer analyzer, List<String> names) {
    int repeat = Math.max(1, 50_000 / names.size());
    long tokens = 0;
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int r = 0; r < repeat; r++) {
      for (String name : names) tokens += analyzer.analyze(name).tokens().size();
    }
    long n = (long) repeat * names.size();
    long wall = System.nanoTime() - t0;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    System.out.printf("warm %-5s %7d analyses: %.2f us/name CPU, %.2f us/name wall (%d tokens)%n", label, n,
        cpu / 1e3 / n, wall / 1e3 / n, tokens);
  }

  private static List<String> cslNames(Path csv) throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      // column 6 ("name") is not quoted in this file for most rows; good enough for timing
      String[] fields = line.split(",", 7);
      if (fields.length > 5 && !fields[5].isBlank() && !fields[5].equals("name")) names.add(fields[5]);
    }
    return names;
  }

  private static List<String> hanNames(Path data) throws IOException {
    List<String> names = new ArrayList<>();
    Pattern value = Pattern.compile("\"value\": ?\"([^\"]+)\"");
    for (String line : Files.readAllLines(data.resolve("publications/ror/ror-v2-cn-sample.jsonl"))) {
      var m = value.matcher(line);
      while (m.find()) if (HAN.matcher(m.group(1)).find()) names.add(m.group(1));
    }
    names.add("新疆生产建设兵团公安局");
    names.add("杭州海康威视数字技术股份有限公司");
    return names;
  }
}
