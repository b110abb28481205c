package org.tiescan.screen.publications;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A cache that forgets everything when it reaches its size, so memory stays bounded however many
 * distinct keys a run meets (real exports write addresses every which way: nearly every raw string is
 * new). Clearing is cheap and the costly part — matching a segment or an organisation — is cached
 * below it by keys that repeat.
 */
final class BoundedCache<K, V> {
  private final int max;
  private final Map<K, V> map = new ConcurrentHashMap<>();

  BoundedCache(int max) {
    this.max = max;
  }

  V get(K key, Function<K, V> compute) {
    V v = map.get(key);
    if (v != null) return v;
    if (map.size() >= max) map.clear();
    v = compute.apply(key);
    map.put(key, v);
    return v;
  }

  int size() {
    return map.size();
  }
}
