package org.tiescan.match;

import java.util.List;

/** Finds and scores the list entities that answer a query. Implementations are thread-safe. */
@FunctionalInterface
public interface Matcher {
  /** Results sorted by descending score, at most {@code options.limit()}. */
  List<MatchResult> match(Query query, MatchOptions options);
}
