package dev.nhsapi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.Test;

class SharedSchedulerTest {
  @Test
  void itsOneDaemonThreadEndsWhenIdle() throws Exception {
    ScheduledThreadPoolExecutor scheduler = (ScheduledThreadPoolExecutor) SharedScheduler.get();
    assertThat(scheduler.allowsCoreThreadTimeOut()).isTrue();
    assertThat(scheduler.getCorePoolSize()).isEqualTo(1);

    boolean[] daemon = new boolean[1];
    scheduler.submit(() -> daemon[0] = Thread.currentThread().isDaemon()).get();
    assertThat(daemon[0]).isTrue();
  }
}
