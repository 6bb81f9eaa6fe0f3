package dev.nhsapi.testing.internal;

import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/** The platform's FHIR error answers: an OperationOutcome with one issue carrying the NHS code. */
final class Outcomes {
  private Outcomes() {}

  /** The code system of PDS's and the platform's error codes. */
  private static final String SPINE_ERROR_CODES = "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode";

  static MockResponse error(
      int status, String severity, String issueCode, String nhsCode, String display, @Nullable String diagnostics) {
    return error(status, severity, issueCode, SPINE_ERROR_CODES, "1", nhsCode, display, diagnostics);
  }

  /** An error whose NHS code comes from another code system, unversioned if {@code version} is null. */
  static MockResponse error(int status, String severity, String issueCode, String system, @Nullable String version,
      String nhsCode, String display, @Nullable String diagnostics) {
    String body = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"" + severity + "\",\"code\":\""
        + issueCode + "\",\"details\":{\"coding\":[{\"system\":\"" + system + "\","
        + (version == null ? "" : "\"version\":\"" + version + "\",") + "\"code\":\"" + nhsCode
        + "\",\"display\":\"" + display + "\"}]}"
        + (diagnostics == null ? "" : ",\"diagnostics\":\"" + diagnostics.replace("\"", "\\\"") + "\"") + "}]}";
    return Responses.fhir(status, body);
  }
}
