package org.tiescan.bench.jmh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tiescan.match.MatchIndex;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.NameComparer;
import org.tiescan.match.Query;
import org.tiescan.match.score.NameBound;
import org.tiescan.match.score.PreparedName;
import org.tiescan.model.Entity;
import org.tiescan.sources.BundledLists;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;

/**
 * The hot loops of screening, each on real names: analysing a name, scoring one prepared pair, its
 * upper bound, and
 * one whole {@code match} against the bundled lists (retrieval of 50 candidates plus their scoring).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmarks {
  /** Real list names and registry names in several scripts and styles. */
  static final List<String> NAMES = List.of(
      "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.", "杭州海康威视数字技术股份有限公司",
      "Zhejiang Dahua Technology Co Ltd", "iFLYTEK", "Xinjiang Production and Construction Corps",
      "Kashgar Prefecture Public Security Bureau", "Apple, Inc.", "Siemens AG", "ООО Ромашка",
      "Beijing Megvii Technology Co., Ltd.", "Samsung Electronics Co.,Ltd", "Rosoboronexport");

  private NameAnalyzer analyzer;
  private NameComparer comparer;
  private List<PreparedName> prepared;
  private MatchIndex index;
  private int i;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    analyzer = NameAnalyzers.standard();
    comparer = NameComparer.standard();
    prepared = new ArrayList<>();
    for (String n : NAMES) prepared.add(comparer.prepare(n));
    BundledLists bundled = BundledLists.locate().orElseThrow(() -> new IllegalStateException("bundled lists not found"));
    List<Entity> entities = new ArrayList<>();
    bundled.readAll(entities::add);
    index = MatchIndex.inMemory(entities.iterator(), analyzer);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  private int next() {
    i = (i + 1) % NAMES.size();
    return i;
  }

  @Benchmark
  public Object analyze() {
    return analyzer.analyze(NAMES.get(next()));
  }

  @Benchmark
  public double scorePreparedPair() {
    int a = next();
    return comparer.score(prepared.get(a), prepared.get((a + 1) % prepared.size()), "Company");
  }

  /** The upper bound the index computes for every candidate before deciding to align it. */
  @Benchmark
  public double boundPreparedPair() {
    int a = next();
    return NameBound.of(prepared.get(a), prepared.get((a + 1) % prepared.size()), false);
  }

  @Benchmark
  public double scoreEqualPair() {
    PreparedName p = prepared.get(next());
    return comparer.score(p, p, "Company");
  }

  @Benchmark
  public Object matchBundled() {
    return index.match(Query.ofName(NAMES.get(next())), MatchOptions.defaults());
  }
}
