package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.testing.NhsSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  @Test
  void readsSearchesAndReportsAnUnknownNumberAsNotFound() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NhsSandbox sandbox = NhsSandbox.start();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Quickstart.run(sandbox.environment(), out);
    }

    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("Smith, born 2010-10-22, GP practice Y12345, version 2")
        .contains("1 match(es), best score 1")
        .contains("ResourceNotFoundException: RESOURCE_NOT_FOUND (HTTP 404)");
  }
}
