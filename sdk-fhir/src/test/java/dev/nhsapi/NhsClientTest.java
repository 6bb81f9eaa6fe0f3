package dev.nhsapi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.fhir.NhsNumber;
import java.net.URI;
import org.junit.jupiter.api.Test;

class NhsClientTest {
  @Test
  void closingTheClientClosesItsTransport() {
    NhsClient nhs;
    try (NhsClient client = NhsClient.builder()
        .environment(NhsEnvironment.custom(URI.create("http://127.0.0.1:9/"))).build()) {
      nhs = client;
    }

    assertThatThrownBy(() -> nhs.pds().read(NhsNumber.of("9000000009")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed NhsClient");
  }
}
