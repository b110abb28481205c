package org.tiescan.screen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tiescan.match.CachingMatcher;
import org.tiescan.model.RecordProblem;
import org.tiescan.match.MatchOptions;
import org.tiescan.match.MatchResult;
import org.tiescan.match.Matcher;
import org.tiescan.match.Query;
import org.tiescan.screen.input.ColumnMapping;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;

/**
 * Screens every record of an input against a {@link Matcher}, on several threads, and hands the
 * results on in input order. At most a small window of records is in flight, so memory stays flat
 * however long the input is.
 */
public final class Screener {
  /** Distinct queries whose results one screening run keeps for repeats (a few MB per thousand). */
  static final int DISTINCT_QUERIES_CACHED = 20_000;
  private final Matcher matcher;
  private final MatchOptions options;
  private final int threads;
  private final GraphAnnotator graph;

  public Screener(Matcher matcher, MatchOptions options, int threads) {
    this(matcher, options, threads, null);
  }

  /**
   * A screener that also reports exposure through the ownership graph ({@code graph} may be null:
   * then results are the matcher's alone).
   */
  public Screener(Matcher matcher, MatchOptions options, int threads, GraphAnnotator graph) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    this.matcher = matcher;
    this.options = options;
    this.threads = threads;
    this.graph = graph;
  }

  /** A screener on all available cores. */
  public Screener(Matcher matcher, MatchOptions options) {
    this(matcher, options, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Screens the whole input.
   *
   * @throws org.tiescan.screen.input.InputException when the file breaks (records before it were emitted)
   * @throws ScreeningException when the matcher fails
   */
  public ScreeningSummary screen(
      InputReader input, ColumnMapping columns, ResultSink sink, ProgressListener progress) {
    long start = System.nanoTime();
    ScreeningTally tally = new ScreeningTally();
    QueryFactory queries = new QueryFactory(input.file(), columns);
    // a name repeated in the input is matched at most twice (its answer is kept from the second time on)
    Matcher remembering = new CachingMatcher(matcher, DISTINCT_QUERIES_CACHED);
    InOrder.map(input, r -> screenRecord(remembering, queries, r), r -> {
      tally.add(r.problem(), r.hit());
      sink.accept(r);
      progress.progress(tally.records(), input.fractionRead());
    }, threads);
    ScreeningSummary summary = tally.summary(input.file(), Duration.ofNanos(System.nanoTime() - start));
    sink.finish(summary);
    progress.finished(summary);
    return summary;
  }

  /** Screens one record, for callers that have a single name (e.g. {@code tiescan match}). */
  public List<MatchResult> screen(Query query) {
    return screenQuery(null, query).results();
  }

  /** Screens one query with the graph context of its results (for {@code tiescan match}). */
  public ScreenedRecord screenQuery(InputRecord input, Query query) {
    return screenQuery(matcher, input, query);
  }

  private ScreenedRecord screenQuery(Matcher m, InputRecord input, Query query) {
    return select(input, query, m.match(query, graph == null ? options : wider()));
  }

  /** Screens one input record: its query, or why it cannot be screened (the per-record work of every engine). */
  public ScreenedRecord screenRecord(QueryFactory queries, InputRecord r) {
    return screenRecord(matcher, queries, r);
  }

  private ScreenedRecord screenRecord(Matcher m, QueryFactory queries, InputRecord r) {
    Query q = queries.query(r);
    RecordProblem problem = queries.problem(r, q);
    if (problem != null) return new ScreenedRecord(r, null, List.of(), problem);
    return screenQuery(m, r, q);
  }

  /** Folding a list record into its curated entity frees a place: ask the engine for a few more. */
  private MatchOptions wider() {
    return new MatchOptions(options.threshold(), options.limit() * 2, options.includeBelowThreshold());
  }

  /** Enforces the options whatever the engine does: threshold, order, one result per organisation, limit. */
  private ScreenedRecord select(InputRecord input, Query q, List<MatchResult> results) {
    List<MatchResult> kept = new ArrayList<>();
    for (MatchResult m : results) if (m.match() || options.includeBelowThreshold()) kept.add(m);
    kept.sort(Comparator.comparingDouble(MatchResult::score).reversed());
    java.util.Map<String, HitContext> context = null;
    if (graph != null) {
      GraphAnnotator.Annotated a = graph.annotate(kept);
      kept = new ArrayList<>(a.results());
      context = a.context();
    }
    if (kept.size() > options.limit()) kept = kept.subList(0, options.limit());
    return new ScreenedRecord(input, q, kept, null, context);
  }
}
