package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NhsHttpExceptionTest {
  @Test
  void messageNamesStatusCodeIssueTypeAndRequestIdOnOneLine() {
    OperationOutcome outcome = new OperationOutcome(List.of(new OperationOutcome.Issue("error", "conflict",
        List.of(new OperationOutcome.Coding(null, null, "RESOURCE_VERSION_MISMATCH", "Resource version mismatch")),
        null, "Patient 9434765919 Smith", List.of())));
    ErrorDetails details = new ErrorDetails("RESOURCE_VERSION_MISMATCH", "conflict", "Resource version\nmismatch",
        "Patient 9434765919 Smith", outcome, null);

    ConflictException e = new ConflictException(409, details, null, "rid-1", "cid-1");

    assertThat(e.getMessage())
        .isEqualTo("HTTP 409 RESOURCE_VERSION_MISMATCH (conflict) [X-Request-ID rid-1]");
    assertThat(e.toString() + e.details() + e.operationOutcome()).doesNotContain("9434765919", "Smith");
    assertThat(e.diagnostics()).isEqualTo("Patient 9434765919 Smith");
    assertThat(e.details().description()).isEqualTo("Resource version\nmismatch");
  }

  /** Issue 17 finding 2: masking digit runs and token-like strings let names, dates and spaced numbers through. */
  @Test
  void serverFreeTextNeverReachesTheMessageOrToString() {
    String echo = "Patient Ottoline Quillfeather born 1987-03-14 of 7 Leakscan Row LS9 9ZZ (900 000 0009) not found";
    OperationOutcome outcome = new OperationOutcome(List.of(new OperationOutcome.Issue("error", "not-found",
        List.of(new OperationOutcome.Coding("https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode", "1",
            "RESOURCE_NOT_FOUND", echo)), echo, echo, List.of())));
    ErrorDetails details = new ErrorDetails("RESOURCE_NOT_FOUND", "not-found", echo, echo, outcome, "rrt-12-a");

    NhsHttpException e = new ResourceNotFoundException(404, details, null, "rid-3", null);

    assertThat(e.getMessage()).isEqualTo("HTTP 404 RESOURCE_NOT_FOUND (not-found) [X-Request-ID rid-3]");
    assertThat(List.of(e.getMessage(), e.toString(), e.details().toString(), e.operationOutcome().toString(),
            e.operationOutcome().issues().get(0).details().get(0).toString()))
        .allSatisfy(text -> assertThat(text).doesNotContain("Ottoline", "Quillfeather", "1987", "Leakscan", "LS9",
            "9ZZ", "900 000 0009"));
    assertThat(e.details().toString()).isEqualTo("ErrorDetails[code=RESOURCE_NOT_FOUND, issueType=not-found, "
        + "description=***, diagnostics=***, messageId=rrt-12-a, operationOutcome=OperationOutcome[Issue["
        + "severity=error, code=not-found, details=[RESOURCE_NOT_FOUND]]]]");
  }

  @Test
  void aCodeThatIsNotShapedLikeOneShowsAsAQuestionMark() {
    ErrorDetails details = new ErrorDetails("Quillfeather not found", "not found 9434765919", "Invalid ApiKey",
        null, null, "900 000 0009");

    NhsHttpException e = new AuthenticationException(401, details, null, null, null);

    assertThat(e.getMessage()).isEqualTo("HTTP 401 ? (?)");
    assertThat(e.details().toString()).doesNotContain("Quillfeather", "9434765919", "900 000 0009");
  }

  @Test
  void keepsLongErrorCodesReadable() {
    ErrorDetails details = new ErrorDetails("steps.oauth.v2.FailedToResolveAPIKey", null, "Invalid ApiKey", null,
        null, null);

    assertThat(new AuthenticationException(401, details, null, null, null).getMessage())
        .isEqualTo("HTTP 401 steps.oauth.v2.FailedToResolveAPIKey");
  }
}
