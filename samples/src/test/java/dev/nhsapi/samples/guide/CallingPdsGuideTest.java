package dev.nhsapi.samples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.testing.NhsSandbox;
import org.junit.jupiter.api.Test;

/** The Calling-PDS guide's create example, run against the embedded sandbox; GuideExamplesTest checks the guide shows it. */
class CallingPdsGuideTest {
  @Test
  void theGuidesSpecValidCreateBodyIsSentAndAllocatesANumber() {
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      NhsClient worker = NhsClient.builder().environment(sandbox.environment())
          .credentials(sandbox.signInHealthcareWorker()).build();

      assertThat(CallingPdsGuide.create(worker)).isPresent();
    }
  }
}
