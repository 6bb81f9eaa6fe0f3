package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class SandboxRequestTest {
  @Test
  void toStringShowsTheMethodAndApiButNoHeadersPathOrBody() {
    SandboxRequest request = new SandboxRequest("PATCH", "/personal-demographics/FHIR/R4/Patient/9000000009?x=Smith",
        Headers.of("Authorization", "Bearer secret-token"), "{\"family\":\"Smith\"}");

    assertThat(request).hasToString("SandboxRequest[PATCH /personal-demographics]");
    assertThat(new SandboxRequest("GET", "/?family=Smith", Headers.of(), "")).hasToString("SandboxRequest[GET /]");
    assertThat(new SandboxRequest("GET", "/oauth2", Headers.of(), "")).hasToString("SandboxRequest[GET /oauth2]");
    assertThat(request.header("authorization")).isEqualTo("Bearer secret-token");
  }
}
