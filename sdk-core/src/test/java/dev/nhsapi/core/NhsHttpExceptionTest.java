package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NhsHttpExceptionTest {
  @Test
  void messageNamesStatusCodeIssueTypeDescriptionAndRequestIdOnOneLine() {
    OperationOutcome outcome = new OperationOutcome(List.of(new OperationOutcome.Issue("error", "conflict",
        List.of(new OperationOutcome.Coding(null, null, "RESOURCE_VERSION_MISMATCH", "Resource version mismatch")),
        null, "Patient 9434765919 Smith", List.of())));
    ErrorDetails details = new ErrorDetails("RESOURCE_VERSION_MISMATCH", "conflict", "Resource version\nmismatch",
        "Patient 9434765919 Smith", outcome, null);

    ConflictException e = new ConflictException(409, details, null, "rid-1", "cid-1");

    assertThat(e.getMessage())
        .isEqualTo("HTTP 409 RESOURCE_VERSION_MISMATCH (conflict): Resource version mismatch [X-Request-ID rid-1]");
    assertThat(e.toString() + e.details() + e.operationOutcome()).doesNotContain("9434765919", "Smith");
    assertThat(e.diagnostics()).isEqualTo("Patient 9434765919 Smith");
  }

  @Test
  void masksIdentifiersAndTokensThatServerTextEchoes() {
    ErrorDetails details = new ErrorDetails("invalid_request", null,
        "Invalid token eyJhbGciOiJSUzUxMiJ9abc123def456ghi for 9434765919", null, null, "msg-1");

    NhsHttpException e = new AuthenticationException(401, details, null, "rid-2", null);

    assertThat(e.getMessage()).doesNotContain("eyJhbGciOiJSUzUxMiJ9abc123def456ghi", "9434765919")
        .startsWith("HTTP 401 invalid_request: Invalid token *** for ***");
  }

  @Test
  void keepsLongErrorCodesReadable() {
    ErrorDetails details = new ErrorDetails("steps.oauth.v2.FailedToResolveAPIKey", null, "Invalid ApiKey", null,
        null, null);

    assertThat(new AuthenticationException(401, details, null, null, null).getMessage())
        .isEqualTo("HTTP 401 steps.oauth.v2.FailedToResolveAPIKey: Invalid ApiKey");
  }
}
