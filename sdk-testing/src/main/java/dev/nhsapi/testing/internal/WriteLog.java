package dev.nhsapi.testing.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;

/**
 * De-duplicates writes by {@code X-Request-ID}, as PDS does: the final answer to each write is remembered, and a
 * later write with the same id gets that answer again without being applied. A write still running when its
 * duplicate arrives is waited for. The most recent {@code capacity} ids are remembered.
 *
 * <p>Thread-safe.
 */
final class WriteLog {
  private final int capacity;
  private final Map<String, CompletableFuture<MockResponse>> answers = new HashMap<>();
  private final Queue<String> arrival = new ArrayDeque<>();

  WriteLog(int capacity) {
    this.capacity = capacity;
  }

  /** Returns the remembered answer for {@code requestId}, or runs {@code write} and remembers its answer. */
  MockResponse answer(String requestId, Supplier<MockResponse> write) {
    CompletableFuture<MockResponse> mine = new CompletableFuture<>();
    CompletableFuture<MockResponse> earlier;
    synchronized (answers) {
      earlier = answers.putIfAbsent(requestId, mine);
      if (earlier == null) {
        arrival.add(requestId);
        if (arrival.size() > capacity) {
          answers.remove(arrival.remove());
        }
      }
    }
    if (earlier != null) {
      return earlier.join();
    }
    try {
      MockResponse answer = write.get();
      mine.complete(answer);
      return answer;
    } catch (RuntimeException e) {
      synchronized (answers) {
        answers.remove(requestId, mine); // a sandbox bug is not an answer: let a resend try again
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Forgets every remembered answer. */
  void clear() {
    synchronized (answers) {
      answers.clear();
      arrival.clear();
    }
  }
}
