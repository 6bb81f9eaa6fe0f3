package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.testing.junit.NhsSandboxTest;
import org.junit.jupiter.api.Test;

// The README's "Testing your code" example, run as a test. ReadmeExampleTest checks the README shows it verbatim.
// @start region="readme"
@NhsSandboxTest                              // one sandbox per class, reset before each test
class PatientLookupTest {
  @Test
  void readsJaneSmith(NhsClient nhs) {       // a client signed in to it as a healthcare worker
    assertThat(nhs.pds().read(NhsNumber.of("9000000009")).patient().name().get(0).family()).isEqualTo("Smith");
  }
}
// @end
