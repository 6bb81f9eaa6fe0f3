package dev.nhsapi.testing.internal;

import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/** The platform's FHIR error answers: an OperationOutcome with one issue carrying the NHS code. */
final class Outcomes {
  private Outcomes() {}

  static MockResponse error(
      int status, String severity, String issueCode, String nhsCode, String display, @Nullable String diagnostics) {
    String body = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"" + severity + "\",\"code\":\""
        + issueCode + "\",\"details\":{\"coding\":[{\"system\":"
        + "\"https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode\",\"version\":\"1\",\"code\":\"" + nhsCode
        + "\",\"display\":\"" + display + "\"}]}"
        + (diagnostics == null ? "" : ",\"diagnostics\":\"" + diagnostics.replace("\"", "\\\"") + "\"") + "}]}";
    return Responses.fhir(status, body);
  }
}
