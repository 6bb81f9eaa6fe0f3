package dev.nhsapi.core.internal;

import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * An OkHttp client the SDK created itself (the user lent none), shared by every transport derived from the
 * first one, and released (connection pool evicted, dispatcher threads stopped) when the last of them closes.
 *
 * <p>Thread-safe.
 */
public final class OwnedHttpClient {
  private final OkHttpClient client = new OkHttpClient();
  private int users; // guarded by this
  private boolean released; // guarded by this

  private OwnedHttpClient() {}

  /**
   * Returns the client.
   *
   * @return the client
   */
  public OkHttpClient client() {
    return client;
  }

  /**
   * Returns {@code shared} counted as used by one more transport, or a new client if there is none or it was
   * already released.
   *
   * @param shared the client an earlier transport created, or null
   * @return a client counted as used once more
   */
  public static OwnedHttpClient share(@Nullable OwnedHttpClient shared) {
    if (shared != null && shared.acquire()) {
      return shared;
    }
    OwnedHttpClient fresh = new OwnedHttpClient();
    fresh.acquire();
    return fresh;
  }

  private synchronized boolean acquire() {
    if (released) {
      return false;
    }
    users++;
    return true;
  }

  /** Counts one transport fewer; the last one out releases the pool and the dispatcher's threads. */
  public synchronized void release() {
    if (released || --users > 0) {
      return;
    }
    released = true;
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
