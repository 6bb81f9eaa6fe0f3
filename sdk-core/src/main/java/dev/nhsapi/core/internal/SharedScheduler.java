package dev.nhsapi.core.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that fires delayed work for async calls (backoff, rate-limit waits). Tasks only hand
 * attempts to OkHttp's dispatcher, so one thread serves every transport in the process and nothing blocks it.
 * The thread ends after {@link #IDLE} with nothing scheduled (a new one starts with the next task), so neither a
 * closed client nor an undeployed web application leaves it running.
 */
final class SharedScheduler {
  static final Duration IDLE = Duration.ofSeconds(10);

  private SharedScheduler() {}

  static ScheduledExecutorService get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ScheduledExecutorService INSTANCE = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "nhsapi-scheduler");
        thread.setDaemon(true);
        return thread;
      });
      executor.setRemoveOnCancelPolicy(true);
      executor.setKeepAliveTime(IDLE.toMillis(), TimeUnit.MILLISECONDS);
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }
  }
}
