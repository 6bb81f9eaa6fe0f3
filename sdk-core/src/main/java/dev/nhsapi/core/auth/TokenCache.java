package dev.nhsapi.core.auth;

import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Where access tokens are kept between calls, keyed by environment and application. The default is in memory;
 * a fleet of processes sharing one application can implement this over a shared store (Redis, a database) so
 * that they share one token instead of each spending the token endpoint's rate limit.
 *
 * <p>Implementations must be thread-safe. Keys never contain the API key in clear (they hold a hash of it);
 * values are secrets, so a shared store must be access-controlled and encrypted like any credential store.
 */
public interface TokenCache {
  /**
   * Returns an in-memory cache, the default.
   *
   * @return a new, empty in-memory cache
   */
  static TokenCache inMemory() {
    ConcurrentHashMap<String, AccessToken> map = new ConcurrentHashMap<>();
    return new TokenCache() {
      @Override
      public @Nullable AccessToken get(String key) {
        return map.get(key);
      }

      @Override
      public void put(String key, AccessToken token) {
        map.put(key, token);
      }

      @Override
      public void remove(String key, AccessToken token) {
        map.remove(key, token);
      }

      @Override
      public String toString() {
        return "TokenCache.inMemory()";
      }
    };
  }

  /**
   * Returns the token stored under {@code key}, valid or not.
   *
   * @param key the cache key
   * @return the token, or null if none is stored
   */
  @Nullable AccessToken get(String key);

  /**
   * Stores a token, replacing any other under {@code key}.
   *
   * @param key the cache key
   * @param token the token
   */
  void put(String key, AccessToken token);

  /**
   * Removes the token under {@code key} if it is still {@code token}; a newer token stays.
   *
   * @param key the cache key
   * @param token the token to remove
   */
  void remove(String key, AccessToken token);
}
