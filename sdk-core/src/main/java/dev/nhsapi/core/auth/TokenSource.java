package dev.nhsapi.core.auth;

import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsTransportException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Hands out one cached access token and refreshes it: ahead of expiry by exactly one thread while the others
 * keep using the still-valid token, or, once no valid token is left, by one thread while the others wait for
 * its result. A refresh that fails while the old token is still valid keeps the old token and is tried again
 * after a pause, so a failing endpoint is not hammered.
 */
final class TokenSource {
  private static final System.Logger LOG = System.getLogger("dev.nhsapi.auth");
  /** The pause after a failed refresh-ahead before another thread tries again. */
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);
  /** How long a failed fetch is reported to waiting threads instead of being repeated. */
  private static final Duration FAILURE_SHARING = Duration.ofSeconds(1);

  private final TokenCache cache;
  private final String key;
  private final Duration refreshAhead;
  private final Clock clock;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile Instant nextRefreshAttempt = Instant.MIN;
  /** The last failed fetch with no valid token left, shared with threads that waited for it. */
  private volatile @Nullable NhsApiException recentFailure;
  private volatile Instant recentFailureUntil = Instant.MIN;

  TokenSource(TokenCache cache, String key, Duration refreshAhead, Clock clock) {
    this.cache = cache;
    this.key = key;
    this.refreshAhead = refreshAhead;
    this.clock = clock;
  }

  /**
   * Returns a valid token, fetching one with {@code fetch} when needed, and waiting at most {@code maxWait} for
   * another thread's fetch.
   *
   * @throws NhsApiException if no valid token is cached and {@code fetch} fails, or the wait runs out
   */
  AccessToken token(Supplier<AccessToken> fetch, Duration maxWait) {
    Instant now = clock.instant();
    AccessToken cached = cache.get(key);
    if (cached != null && cached.validAt(now)) {
      if (now.isBefore(refreshAt(cached)) || now.isBefore(nextRefreshAttempt) || !refreshing.tryLock()) {
        return cached;
      }
      try {
        AccessToken current = cache.get(key);
        if (current != null && !current.equals(cached) && current.validAt(now)) {
          return current; // another process or thread refreshed it meanwhile
        }
        return store(fetch.get());
      } catch (NhsApiException e) {
        Instant failed = clock.instant();
        nextRefreshAttempt = failed.plus(atLeast(RETRY_PAUSE, e));
        if (!cached.validAt(failed)) { // the token expired while the refresh failed: a failed fetch after all
          fetchFailed(e, failed);
          throw e;
        }
        LOG.log(Level.WARNING, "token refresh failed; keeping the current token until it expires: "
            + e.getClass().getSimpleName() + " [X-Request-ID " + e.requestId() + "]");
        return cached;
      } finally {
        refreshing.unlock();
      }
    }
    lockWithin(maxWait);
    try {
      AccessToken current = cache.get(key);
      if (current != null && current.validAt(clock.instant())) {
        return current;
      }
      NhsApiException failure = recentFailure;
      if (failure != null && clock.instant().isBefore(recentFailureUntil)) {
        throw failure; // the fetch this thread waited for just failed: do not queue up behind it again
      }
      try {
        return store(fetch.get());
      } catch (NhsApiException e) {
        fetchFailed(e, clock.instant());
        throw e;
      }
    } finally {
      refreshing.unlock();
    }
  }

  /**
   * Shares a fetch's failure with the threads that queued behind it, for a short while, or for as long as the
   * endpoint's {@code Retry-After} asked: no token request goes out before then.
   */
  private void fetchFailed(NhsApiException failure, Instant at) {
    recentFailure = failure;
    recentFailureUntil = at.plus(atLeast(FAILURE_SHARING, failure));
  }

  /** The longer of {@code pause} and the wait the endpoint asked for in {@code Retry-After}. */
  private static Duration atLeast(Duration pause, NhsApiException failure) {
    Duration asked = failure instanceof NhsHttpException http ? http.retryAfter().orElse(pause) : pause;
    return asked.compareTo(pause) > 0 ? asked : pause;
  }

  /** Takes the refresh lock, waiting no longer than the call's time left. */
  private void lockWithin(Duration maxWait) {
    long nanos = maxWait.toSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : maxWait.toNanos();
    boolean locked;
    try {
      locked = refreshing.tryLock(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NhsTransportException("interrupted while waiting for another thread's token fetch",
          new InterruptedIOException(), null, null);
    }
    if (!locked) {
      throw new NhsDeadlineExceededException(
          "the call's deadline ran out while another thread fetched a token", null, null, null);
    }
  }

  private AccessToken store(AccessToken token) {
    cache.put(key, token);
    nextRefreshAttempt = Instant.MIN;
    recentFailure = null;
    return token;
  }

  /** Refresh ahead by the configured margin, but never in the first half of a short-lived token's life. */
  private Instant refreshAt(AccessToken token) {
    Duration lifetime = Duration.between(token.obtainedAt(), token.expiresAt());
    Duration ahead = refreshAhead.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshAhead;
    return token.expiresAt().minus(ahead);
  }

  /**
   * Drops the cached token if it is still the one an API rejected.
   *
   * @return whether a different token can now be fetched
   */
  boolean invalidate(@Nullable String rejectedValue) {
    AccessToken cached = cache.get(key);
    if (cached != null && cached.value().equals(rejectedValue)) {
      cache.remove(key, cached);
    }
    return rejectedValue != null;
  }

  /** Drops the cached token, whichever it is. */
  void invalidate() {
    AccessToken cached = cache.get(key);
    if (cached != null) {
      cache.remove(key, cached);
    }
  }
}
