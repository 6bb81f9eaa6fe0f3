package dev.nhsapi.samples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ServiceUnavailableException;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import dev.nhsapi.testing.SandboxRequest;
import dev.nhsapi.testing.junit.NhsSandboxTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Testing your code" guide's examples, run as tests; GuideExamplesTest checks the guide shows them. */
// @start region="sandbox-test"
@NhsSandboxTest
class TestingGuideTest {
  private static final NhsNumber JANE = NhsNumber.of("9000000009");

  @Test
  void readSurvivesABriefOutageOnOneRequestId(NhsSandbox sandbox, NhsClient nhs) {
    sandbox.faults().next("/personal-demographics/", 2, Fault.serviceUnavailable(Duration.ofSeconds(1)));

    PatientRecord jane = nhs.pds().read(JANE);

    assertThat(jane.version()).isEqualTo("2");
    List<SandboxRequest> attempts = sandbox.requests();
    assertThat(attempts).hasSize(3);
    assertThat(attempts).extracting(attempt -> attempt.header("X-Request-ID"))
        .containsOnly(attempts.get(0).header("X-Request-ID"));
  }

  @Test
  void reportsAnOutageAsServiceUnavailable(NhsSandbox sandbox, NhsClient nhs) {
    sandbox.faults().always("/personal-demographics/", Fault.serverError());

    assertThatThrownBy(() -> nhs.pds().read(JANE))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("UNKNOWN_ERROR");
  }

  @Test
  void aWriteWhoseAnswerWasLostIsResentAndAppliedOnce(NhsSandbox sandbox, NhsClient nhs) {
    PatientRecord jane = nhs.pds().read(JANE);
    PatientPatch move = PatientPatch.builder(jane)
        .replaceHomeAddress(Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE")).build();
    sandbox.clearRequests();
    sandbox.faults().next("/personal-demographics/", 1, Fault.disconnect());   // applied, then the answer is lost

    PatientRecord moved = nhs.pds().patch(jane, move);

    assertThat(moved.version()).isEqualTo("3");
    assertThat(sandbox.writesApplied()).isEqualTo(1);                           // PDS de-duplicated the resend
    assertThat(sandbox.requests()).extracting(SandboxRequest::method).containsExactly("PATCH", "PATCH");
  }
}
// @end
