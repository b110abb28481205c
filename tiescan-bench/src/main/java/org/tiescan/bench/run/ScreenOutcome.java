package org.tiescan.bench.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tiescan.bench.gen.QueryCase;
import org.tiescan.match.MatchResult;
import org.tiescan.screen.ResultSink;
import org.tiescan.screen.ScreenedRecord;

/**
 * Compares each screened record with the truth of the query it came from: recall on positives
 * (the true entry among the matches, and at the top), and matches on unrelated names.
 */
final class ScreenOutcome implements ResultSink {
  /** One unrelated name that matched a list entry, for manual review. */
  record FalseMatch(String query, String entityId, String caption, double score) {}

  private final List<QueryCase> queries;
  private final Map<String, int[]> byKind = new TreeMap<>();
  private final List<FalseMatch> falseMatches = new ArrayList<>();
  long positives;
  long found;
  long foundTop;
  long negatives;
  long negativesMatched;
  long problems;

  ScreenOutcome(List<QueryCase> queries) {
    this.queries = queries;
  }

  @Override
  public void accept(ScreenedRecord r) {
    if (r.problem() != null) {
      problems++;
      return;
    }
    QueryCase q = queries.get(Integer.parseInt(r.input().get("id")));
    List<MatchResult> hits = r.results().stream().filter(MatchResult::match).toList();
    if (q.positive()) {
      positives++;
      boolean hit = hits.stream().anyMatch(m -> m.entity().id().equals(q.truthId()));
      int[] kind = byKind.computeIfAbsent(q.kind(), k -> new int[2]);
      kind[0]++;
      if (hit) {
        found++;
        kind[1]++;
      }
      if (!hits.isEmpty() && hits.get(0).entity().id().equals(q.truthId())) foundTop++;
    } else {
      negatives++;
      if (!hits.isEmpty()) {
        negativesMatched++;
        MatchResult best = hits.get(0);
        falseMatches.add(new FalseMatch(q.name(), best.entity().id(), best.entity().caption(), best.score()));
      }
    }
  }

  double recall() {
    return positives == 0 ? Double.NaN : (double) found / positives;
  }

  double topRecall() {
    return positives == 0 ? Double.NaN : (double) foundTop / positives;
  }

  double falseMatchRate() {
    return negatives == 0 ? Double.NaN : (double) negativesMatched / negatives;
  }

  /** Recall per perturbation kind: kind to {queries, found}. */
  Map<String, int[]> recallByKind() {
    return byKind;
  }

  /** Distinct unrelated names that matched, best score first. */
  List<FalseMatch> topFalseMatches(int n) {
    return falseMatches.stream().distinct()
        .sorted(Comparator.comparingDouble(FalseMatch::score).reversed().thenComparing(FalseMatch::query))
        .distinct().limit(n).toList();
  }

  long distinctFalseMatchNames() {
    return falseMatches.stream().map(FalseMatch::query).distinct().count();
  }
}
