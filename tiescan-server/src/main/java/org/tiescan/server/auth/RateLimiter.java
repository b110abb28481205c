package org.tiescan.server.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key: {@code perSecond} requests a second on average, bursts up to twice
 * that. In memory: a restart refills every bucket, which is fine for a limit meant against runaway
 * scripts, not for billing.
 */
public final class RateLimiter {
  private final double perSecond;
  private final double burst;
  private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond) {
    if (perSecond <= 0) throw new IllegalArgumentException("the rate limit must be positive");
    this.perSecond = perSecond;
    this.burst = Math.max(1, perSecond * 2);
  }

  /** Takes one token for the key; false when its bucket is empty (answer 429). */
  public boolean tryAcquire(long keyId) {
    return buckets.computeIfAbsent(keyId, k -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
  }

  /** Seconds until the next token, for Retry-After. */
  public long retryAfterSeconds() {
    return Math.max(1, (long) Math.ceil(1 / perSecond));
  }

  private static final class Bucket {
    private double tokens;
    private long last = System.nanoTime();

    Bucket(double tokens) {
      this.tokens = tokens;
    }

    synchronized boolean take(double perSecond, double burst, long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    }
  }
}
