package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  @Test
  void readsThePatientAfterARetryAndReportsAnUnknownNumberAsNotFound() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (LocalPdsStandIn standIn = new LocalPdsStandIn();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Quickstart.run(NhsEnvironment.custom(standIn.baseUrl()), out);
    }

    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("retrying after HTTP 503 in 1000 ms")
        .contains("HTTP 200, version 2")
        .contains("\"family\":\"Sample\"")
        .contains("ResourceNotFoundException: RESOURCE_NOT_FOUND (HTTP 404)");
  }
}
