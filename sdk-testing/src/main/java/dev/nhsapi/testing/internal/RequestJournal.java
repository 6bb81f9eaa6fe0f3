package dev.nhsapi.testing.internal;

import dev.nhsapi.testing.SandboxRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent requests a sandbox received, bounded both in number and in the characters of their bodies, so a
 * long soak or a bulk upload cannot exhaust a test's memory. The oldest requests go first. Thread-safe.
 */
public final class RequestJournal {
  private final int maxRequests;
  private final long maxBodyChars;
  private final Deque<SandboxRequest> requests = new ArrayDeque<>();
  private long bodyChars;

  /**
   * Creates an empty journal.
   *
   * @param maxRequests the most requests kept, at least 1
   * @param maxBodyChars the most body characters kept across all requests kept, at least 1; a request whose body
   *     alone is larger is still kept, as the only one
   * @throws IllegalArgumentException if a limit is below 1
   */
  public RequestJournal(int maxRequests, long maxBodyChars) {
    if (maxRequests < 1 || maxBodyChars < 1) {
      throw new IllegalArgumentException("journal limits must be at least 1");
    }
    this.maxRequests = maxRequests;
    this.maxBodyChars = maxBodyChars;
  }

  /**
   * Records a request, forgetting the oldest ones as needed to stay within the limits.
   *
   * @param request the request
   */
  public synchronized void add(SandboxRequest request) {
    requests.addLast(request);
    bodyChars += request.body().length();
    while (requests.size() > maxRequests || (bodyChars > maxBodyChars && requests.size() > 1)) {
      bodyChars -= requests.removeFirst().body().length();
    }
  }

  /**
   * Returns the requests kept, oldest first.
   *
   * @return an immutable snapshot
   */
  public synchronized List<SandboxRequest> snapshot() {
    return List.copyOf(requests);
  }

  /** Forgets every request. */
  public synchronized void clear() {
    requests.clear();
    bodyChars = 0;
  }
}
