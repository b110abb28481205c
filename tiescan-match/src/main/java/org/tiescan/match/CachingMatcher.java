package org.tiescan.match;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Answers a query it has answered before from memory: batch inputs repeat names (one supplier on many
 * invoices, one affiliation on many papers), and each distinct one needs matching at most twice. Keeps
 * at most {@code capacity} distinct queries, then passes new ones through. Thread-safe; meant for one
 * batch over one unchanging index, not to outlive it.
 *
 * <p>Answers are kept from a query's second sighting on; the first only leaves its hash in a table of
 * ints. Keeping every first answer (entities, explanations: ≈ 4 KB a query) filled the old generation
 * with the answers to names that never came again, and each young collection copying them took
 * 40–100 ms instead of 3–4 ms at 1M entries (≈ 0.5 s of a 7 s batch; docs/benchmarks.md, wave 14).
 */
public final class CachingMatcher implements Matcher {
  /** Slots probed for a hash before it counts as not seen. */
  private static final int PROBES = 8;
  private final Matcher matcher;
  private final int capacity;
  private final Map<Key, List<MatchResult>> answers = new ConcurrentHashMap<>();
  /** Hashes of the queries seen, 0 for a free slot: a lost or colliding hash only keeps an answer later or sooner. */
  private final AtomicIntegerArray seen;

  private record Key(Query query, MatchOptions options) {}

  public CachingMatcher(Matcher matcher, int capacity) {
    this.matcher = matcher;
    this.capacity = capacity;
    this.seen = new AtomicIntegerArray(Integer.highestOneBit(Math.max(1, capacity) * 4 - 1) << 1);
  }

  @Override
  public List<MatchResult> match(Query query, MatchOptions options) {
    Key key = new Key(query, options);
    List<MatchResult> known = answers.get(key);
    if (known != null) return known;
    List<MatchResult> results = matcher.match(query, options);
    if (answers.size() < capacity && seenBefore(key.hashCode())) {
      results = List.copyOf(results);
      answers.putIfAbsent(key, results);
    }
    return results;
  }

  /**
   * Whether {@code hash} was seen before; if not, it is remembered, in a free slot near its place or,
   * when there is none (a long input of names seen once), over the hash in its place: recent sightings
   * are what a repeat is found among.
   */
  private boolean seenBefore(int hash) {
    int h = hash == 0 ? 1 : hash;
    int mask = seen.length() - 1;
    int start = (h ^ (h >>> 16)) * 0x9E3779B9;
    for (int i = 0; i < PROBES; i++) {
      int slot = (start + i) & mask;
      int there = seen.get(slot);
      if (there == h) return true;
      if (there == 0 && seen.compareAndSet(slot, 0, h)) return false;
      if (seen.get(slot) == h) return true;
    }
    seen.set(start & mask, h);
    return false;
  }
}
