package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsTransportException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class CheckSetupTest {
  /** Issue 17 finding 10: a DNS failure was reported as "refused", with the request id printed twice. */
  @Test
  void reportsAFailureToReachThePlatformAsSuchWithTheRequestIdOnce() {
    NhsTransportException unreachable = new NhsTransportException(
        "unknown host sandbox.api.service.nhs.uk", new UnknownHostException(), "rid-1", null);

    String line = CheckSetup.failure("user-restricted", unreachable);

    assertThat(line).startsWith("user-restricted: could not reach the platform, NhsTransportException unknown host")
        .doesNotContain("refused");
    assertThat(line.split("rid-1", -1)).hasSize(2);
  }
}
