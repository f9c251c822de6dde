// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.servlet.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key and kept while fewer than a bound are kept; past the bound they
 * are worked out for each call and not kept, so that keys a client controls (header values, query
 * strings) cannot grow it. Thread-safe: two threads may work out one value at once, and one is
 * kept; both are equal.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedCache<K, V> {

  private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();
  private final int max;

  /**
   * A cache keeping at most {@code max} values.
   *
   * @param max the most values kept
   */
  public BoundedCache(int max) {
    this.max = max;
  }

  /**
   * The value kept for {@code key}, or the one {@code make} works out (kept if there is room).
   *
   * @param key the key
   * @param make works the value out
   * @return the value
   */
  public V get(K key, Function<? super K, ? extends V> make) {
    return get(key, make, true);
  }

  /**
   * The value kept for {@code key}, or the one {@code make} works out, kept only if {@code
   * keepable} (for example, a key short enough to keep) and there is room.
   *
   * @param key the key
   * @param make works the value out
   * @param keepable whether a value worked out may be kept
   * @return the value
   */
  public V get(K key, Function<? super K, ? extends V> make, boolean keepable) {
    V found = kept.get(key);
    if (found != null) {
      return found;
    }
    V made = make.apply(key);
    if (keepable && kept.size() < max) {
      V raced = kept.putIfAbsent(key, made);
      return raced != null ? raced : made;
    }
    return made;
  }
}
