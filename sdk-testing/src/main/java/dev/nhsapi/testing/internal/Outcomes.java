package dev.nhsapi.testing.internal;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
    JsonObjectBuilder coding = Json.createObjectBuilder().add("system", system);
    if (version != null) {
      coding.add("version", version);
    }
    coding.add("code", nhsCode).add("display", display);
    JsonObjectBuilder issue = Json.createObjectBuilder().add("severity", severity).add("code", issueCode)
        .add("details", Json.createObjectBuilder().add("coding", Json.createArrayBuilder().add(coding)));
    if (diagnostics != null) {
      issue.add("diagnostics", diagnostics); // escaped by JSON-P, whatever a request echoed into it
    }
    String body = Json.createObjectBuilder().add("resourceType", "OperationOutcome")
        .add("issue", Json.createArrayBuilder().add(issue)).build().toString();
    return Responses.fhir(status, body);
  }
}
