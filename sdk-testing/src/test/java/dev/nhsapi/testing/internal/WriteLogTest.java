package dev.nhsapi.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class WriteLogTest {
  final AtomicInteger writes = new AtomicInteger();

  MockResponse write() {
    return new MockResponse.Builder().code(200 + writes.incrementAndGet()).build();
  }

  @Test
  void remembersTheMostRecentIdsOnly() {
    WriteLog log = new WriteLog(2);

    assertThat(log.answer("a", this::write).getCode()).isEqualTo(201);
    assertThat(log.answer("b", this::write).getCode()).isEqualTo(202);
    assertThat(log.answer("a", this::write).getCode()).isEqualTo(201);
    assertThat(log.answer("c", this::write).getCode()).isEqualTo(203);

    assertThat(log.answer("a", this::write).getCode()).isEqualTo(204); // forgotten: the oldest of three
    assertThat(writes).hasValue(4);
  }

  @Test
  void forgetsAWriteThatFailedSoAResendRuns() {
    WriteLog log = new WriteLog(10);

    assertThatThrownBy(() -> log.answer("a", () -> {
      throw new IllegalStateException("sandbox bug");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(log.answer("a", this::write).getCode()).isEqualTo(201);
  }

  @Test
  void clearForgetsEveryAnswer() {
    WriteLog log = new WriteLog(10);
    log.answer("a", this::write);

    log.clear();

    assertThat(log.answer("a", this::write).getCode()).isEqualTo(202);
  }
}
