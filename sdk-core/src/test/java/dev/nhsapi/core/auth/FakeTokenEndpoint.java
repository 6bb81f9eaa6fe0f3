package dev.nhsapi.core.auth;

import dev.nhsapi.core.NhsEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/** A token endpoint that records each form and answers with numbered tokens, or with what a test supplies. */
final class FakeTokenEndpoint implements TokenEndpoint {
  final NhsEnvironment environment;
  final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
  final AtomicInteger issued = new AtomicInteger();
  volatile Function<Map<String, String>, TokenResponse> answer =
      form -> new TokenResponse("token-" + issued.incrementAndGet(), "Bearer", Duration.ofSeconds(599),
          "refresh-" + issued.get(), null, null);

  FakeTokenEndpoint(NhsEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public NhsEnvironment environment() {
    return environment;
  }

  /** How many times a per-attempt form is built, as resends after a 503 with Retry-After would. */
  volatile int attemptsPerRequest = 1;

  @Override
  public TokenResponse request(Supplier<Map<String, String>> form) {
    for (int i = 1; i < attemptsPerRequest; i++) {
      forms.add(Map.copyOf(form.get()));
    }
    return request(form.get());
  }

  @Override
  public TokenResponse request(Map<String, String> form) {
    forms.add(Map.copyOf(form));
    return answer.apply(form);
  }
}
