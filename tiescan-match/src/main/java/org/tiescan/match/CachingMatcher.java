package org.tiescan.match;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers a query it has answered before from memory: batch inputs repeat names (one supplier on many
 * invoices, one affiliation on many papers), and each distinct one needs matching once. Keeps at most
 * {@code capacity} distinct queries, then passes new ones through. Thread-safe; meant for one batch
 * over one unchanging index, not to outlive it.
 */
public final class CachingMatcher implements Matcher {
  private final Matcher matcher;
  private final int capacity;
  private final Map<Key, List<MatchResult>> answers = new ConcurrentHashMap<>();

  private record Key(Query query, MatchOptions options) {}

  public CachingMatcher(Matcher matcher, int capacity) {
    this.matcher = matcher;
    this.capacity = capacity;
  }

  @Override
  public List<MatchResult> match(Query query, MatchOptions options) {
    Key key = new Key(query, options);
    List<MatchResult> known = answers.get(key);
    if (known != null) return known;
    List<MatchResult> results = List.copyOf(matcher.match(query, options));
    if (answers.size() < capacity) answers.putIfAbsent(key, results);
    return results;
  }
}
