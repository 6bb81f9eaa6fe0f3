package dev.nhsapi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.OperationOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorBodyParserTest {
  private static final MediaType FHIR_JSON = MediaType.get("application/fhir+json");

  private static final String INVALID_VALUE = """
      {
        "resourceType": "OperationOutcome",
        "issue": [
          {
            "severity": "error",
            "code": "value",
            "details": {
              "coding": [
                {
                  "system": "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode",
                  "version": "1",
                  "code": "INVALID_VALUE",
                  "display": "Provided value is invalid"
                }
              ],
              "text": "Detail text for 9434765919"
            },
            "diagnostics": "Invalid value - '9434765919' in field 'identifier'",
            "expression": ["Patient.identifier", "Patient.name[0].family"]
          }
        ]
      }
      """;

  private static final String TWO_ISSUES = """
      {
        "resourceType": "OperationOutcome",
        "issue": [
          {
            "severity": "information",
            "code": "not-found",
            "details": {
              "coding": [
                {
                  "system": "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode",
                  "version": "1",
                  "code": "RESOURCE_NOT_FOUND",
                  "display": "Resource not found"
                }
              ]
            },
            "diagnostics": "first"
          },
          {
            "severity": "warning",
            "code": "processing",
            "details": {
              "coding": [
                {"system": "https://example.org/codes", "code": "SECOND_CODE", "display": "Second"},
                {"system": "https://example.org/other", "code": "ALSO_SECOND"}
              ]
            },
            "diagnostics": "second"
          }
        ]
      }
      """;

  private static final String OAUTH = """
      {
        "error": "invalid_request",
        "error_description": "Missing 'kid' header in client_assertion JWT",
        "message_id": "rrt-1234567890-c-geu2-12345-6789012-1"
      }
      """;

  private static final String GATEWAY_FAULT = """
      {"fault": {"faultstring": "Invalid ApiKey", "detail": {"errorcode": "oauth.v2.InvalidApiKey"}}}
      """;

  private static ErrorDetails parse(String text) {
    return ErrorBodyParser.parse(new Buffer().writeUtf8(text));
  }

  private static ErrorDetails parseBody(String text) {
    return ErrorBodyParser.parse(ResponseBody.create(text, FHIR_JSON));
  }

  @Test
  void readsOperationOutcomeWithNhsCoding() {
    ErrorDetails details = parse(INVALID_VALUE);

    assertThat(details.code()).isEqualTo("INVALID_VALUE");
    assertThat(details.issueType()).isEqualTo("value");
    assertThat(details.description()).isEqualTo("Provided value is invalid");
    assertThat(details.diagnostics()).isEqualTo("Invalid value - '9434765919' in field 'identifier'");
    assertThat(details.messageId()).isNull();
  }

  @Test
  void keepsTheWholeIssueOfAnOperationOutcome() {
    OperationOutcome outcome = parse(INVALID_VALUE).operationOutcome();

    assertThat(outcome).isNotNull();
    assertThat(outcome.nhsCode()).isEqualTo("INVALID_VALUE");
    assertThat(outcome.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo("error");
      assertThat(issue.code()).isEqualTo("value");
      assertThat(issue.detailsText()).isEqualTo("Detail text for 9434765919");
      assertThat(issue.diagnostics()).isEqualTo("Invalid value - '9434765919' in field 'identifier'");
      assertThat(issue.expression()).containsExactly("Patient.identifier", "Patient.name[0].family");
      assertThat(issue.details()).containsExactly(new OperationOutcome.Coding(
          "https://fhir.nhs.uk/R4/CodeSystem/Spine-ErrorOrWarningCode", "1", "INVALID_VALUE",
          "Provided value is invalid"));
    });
  }

  @Test
  void readsOperationOutcomeThroughResponseBody() {
    ErrorDetails details = parseBody(INVALID_VALUE);

    assertThat(details.code()).isEqualTo("INVALID_VALUE");
    assertThat(details.issueType()).isEqualTo("value");
    assertThat(details.operationOutcome()).isNotNull();
  }

  @Test
  void takesSummaryFromFirstIssueAndKeepsAllIssuesInOrder() {
    ErrorDetails details = parse(TWO_ISSUES);

    assertThat(details.code()).isEqualTo("RESOURCE_NOT_FOUND");
    assertThat(details.issueType()).isEqualTo("not-found");
    assertThat(details.description()).isEqualTo("Resource not found");
    assertThat(details.diagnostics()).isEqualTo("first");
    List<OperationOutcome.Issue> issues = details.operationOutcome().issues();
    assertThat(issues).extracting(OperationOutcome.Issue::severity).containsExactly("information", "warning");
    assertThat(issues).extracting(OperationOutcome.Issue::code).containsExactly("not-found", "processing");
    assertThat(issues).extracting(OperationOutcome.Issue::nhsCode).containsExactly("RESOURCE_NOT_FOUND", "SECOND_CODE");
    assertThat(issues).extracting(OperationOutcome.Issue::diagnostics).containsExactly("first", "second");
    assertThat(issues.get(1).details()).extracting(OperationOutcome.Coding::code)
        .containsExactly("SECOND_CODE", "ALSO_SECOND");
  }

  @Test
  void readsTheOlderSpineShapeWithCodingAsAnObject() {
    // the shape of the error examples in organisation-data-terminology-api
    // specification/organisation-data-terminology-api.yaml (GET /Organization/{id}, 400): meta.profile a string,
    // issue.details.coding an object
    ErrorDetails details = parse("""
        {"resourceType": "OperationOutcome", "id": "82c75580-1702-469e-aec1-43034b48f060",
         "meta": {"profile": "https://fhir.nhs.uk/STU3/StructureDefinition/Spine-OperationOutcome-1"},
         "issue": [{"severity": "error", "code": "invalid",
                    "details": {"coding": {"system": "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
                                           "code": "INVALID_PARAMETER", "display": "Invalid parameter"}},
                    "diagnostics": "Invalid date format"}]}
        """);

    assertThat(details.code()).isEqualTo("INVALID_PARAMETER");
    assertThat(details.issueType()).isEqualTo("invalid");
    assertThat(details.description()).isEqualTo("Invalid parameter");
    assertThat(details.operationOutcome().issues()).singleElement()
        .satisfies(issue -> assertThat(issue.details()).singleElement().satisfies(coding -> assertThat(
            coding.system()).isEqualTo("https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1")));
  }

  @Test
  void operationOutcomeWithoutIssuesHasOutcomeButNoCode() {
    ErrorDetails details = parse("""
        {"resourceType": "OperationOutcome", "issue": []}
        """);

    assertThat(details.code()).isNull();
    assertThat(details.issueType()).isNull();
    assertThat(details.description()).isNull();
    assertThat(details.operationOutcome()).isNotNull();
    assertThat(details.operationOutcome().issues()).isEmpty();
  }

  @Test
  void issueWithoutSeverityCodeOrDetailsGetsDefaults() {
    ErrorDetails details = parse("""
        {"resourceType": "OperationOutcome", "issue": [{"diagnostics": "only diagnostics"}]}
        """);

    assertThat(details.code()).isNull();
    assertThat(details.issueType()).isEqualTo("unknown");
    assertThat(details.description()).isNull();
    assertThat(details.diagnostics()).isEqualTo("only diagnostics");
    assertThat(details.operationOutcome().issues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo("error");
      assertThat(issue.details()).isEmpty();
      assertThat(issue.expression()).isEmpty();
    });
  }

  @Test
  void ignoresFieldsOfTheWrongJsonType() {
    ErrorDetails details = parse("""
        {
          "resourceType": "OperationOutcome",
          "issue": [
            {
              "severity": 3,
              "code": ["value"],
              "details": {"coding": [{"code": 42, "display": false}, "not a coding"]},
              "diagnostics": {"text": "x"},
              "expression": ["Patient.name", 7]
            },
            "not an issue"
          ]
        }
        """);

    assertThat(details.code()).isNull();
    assertThat(details.issueType()).isEqualTo("unknown");
    assertThat(details.diagnostics()).isNull();
    assertThat(details.operationOutcome().issues()).singleElement().satisfies(issue -> {
      assertThat(issue.details()).containsExactly(new OperationOutcome.Coding(null, null, null, null));
      assertThat(issue.expression()).containsExactly("Patient.name");
    });
  }

  @Test
  void readsOAuthError() {
    ErrorDetails details = parse(OAUTH);

    assertThat(details.code()).isEqualTo("invalid_request");
    assertThat(details.description()).isEqualTo("Missing 'kid' header in client_assertion JWT");
    assertThat(details.messageId()).isEqualTo("rrt-1234567890-c-geu2-12345-6789012-1");
    assertThat(details.issueType()).isNull();
    assertThat(details.diagnostics()).isNull();
    assertThat(details.operationOutcome()).isNull();
  }

  @Test
  void readsOAuthErrorWithoutDescriptionOrMessageId() {
    ErrorDetails details = parseBody("""
        {"error": "unsupported_grant_type"}
        """);

    assertThat(details).isEqualTo(new ErrorDetails("unsupported_grant_type", null, null, null, null, null));
  }

  @Test
  void readsGatewayFault() {
    ErrorDetails details = parse(GATEWAY_FAULT);

    assertThat(details.code()).isEqualTo("oauth.v2.InvalidApiKey");
    assertThat(details.description()).isEqualTo("Invalid ApiKey");
    assertThat(details.issueType()).isNull();
    assertThat(details.diagnostics()).isNull();
    assertThat(details.operationOutcome()).isNull();
    assertThat(details.messageId()).isNull();
  }

  @Test
  void readsGatewayFaultWithoutDetail() {
    ErrorDetails details = parse("""
        {"fault": {"faultstring": "Body buffer overflow"}}
        """);

    assertThat(details.code()).isNull();
    assertThat(details.description()).isEqualTo("Body buffer overflow");
  }

  @Test
  void readsTheWebsiteContentApisStatusCodeAndMessage() {
    ErrorDetails details = parse("""
        {"statusCode": 404, "message": "Resource not found"}
        """);

    assertThat(details.code()).isNull();
    assertThat(details.description()).isEqualTo("Resource not found");
    assertThat(details.operationOutcome()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
      "Service Unavailable",
      "",
      "   \r\n  ",
      "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"code\": \"value\", \"details\": {\"coding\": [{\"code\": \"INV",
      "{\"error\": \"invalid_request\", \"error_description\": \"Missing",
      "{\"error\": \"invalid_request\"",
      "[{\"error\": \"invalid_request\"}]",
      "\"invalid_request\"",
      "42",
      "null",
      "true",
      "{}",
      "{\"message\": \"Internal server error\"}",
      "{\"statusCode\": \"404\", \"message\": \"Resource not found\"}",
      "{\"error\": 401}",
      "{\"fault\": \"Invalid ApiKey\"}",
      "{'error': 'invalid_request'}"})
  void bodyInNoKnownShapeYieldsNone(String body) {
    assertThat(parse(body)).isSameAs(ErrorDetails.none());
    assertThat(parseBody(body)).isSameAs(ErrorDetails.none());
  }

  @Test
  void noneHasEveryFieldNull() {
    assertThat(ErrorDetails.none()).isEqualTo(new ErrorDetails(null, null, null, null, null, null));
  }

  @Test
  void deeplyNestedArraysYieldNone() {
    String body = "[".repeat(10_000) + "]".repeat(10_000);

    assertThat(parse(body)).isSameAs(ErrorDetails.none());
    assertThat(parseBody(body)).isSameAs(ErrorDetails.none());
  }

  @Test
  void deeplyNestedObjectsInsideAnOperationOutcomeYieldNone() {
    String body = "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"details\": "
        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}]}";

    assertThat(parse(body)).isSameAs(ErrorDetails.none());
  }

  @Test
  void bodyLargerThanTheLimitYieldsNone() {
    String body = padded(OAUTH, ErrorBodyParser.MAX_BYTES + 1);

    assertThat(parseBody(body)).isSameAs(ErrorDetails.none());
  }

  @Test
  void bodyOfExactlyTheLimitIsParsed() {
    String body = padded(OAUTH, ErrorBodyParser.MAX_BYTES);

    assertThat(parseBody(body).code()).isEqualTo("invalid_request");
  }

  @Test
  void largeBodyOfUnknownLengthYieldsNone() {
    Buffer content = new Buffer().writeUtf8(padded(OAUTH, 1024 * 1024));
    ResponseBody body = ResponseBody.create(content, FHIR_JSON, -1);

    assertThat(ErrorBodyParser.parse(body)).isSameAs(ErrorDetails.none());
  }

  @Test
  void bodyWhoseSourceFailsMidReadYieldsNone() {
    // The whole OAuth error arrives before the failure, so only a parser that trusts a cut-short body reads it.
    BufferedSource source = Okio.buffer(new FailingSource(OAUTH.getBytes(StandardCharsets.UTF_8)));
    ResponseBody body = ResponseBody.create(source, FHIR_JSON, OAUTH.length() + 100L);

    assertThat(ErrorBodyParser.parse(body)).isSameAs(ErrorDetails.none());
  }

  @Test
  void bodyWhoseSourceFailsAtOnceYieldsNone() {
    BufferedSource source = Okio.buffer(new FailingSource(new byte[0]));
    ResponseBody body = ResponseBody.create(source, FHIR_JSON, -1);

    assertThat(ErrorBodyParser.parse(body)).isSameAs(ErrorDetails.none());
  }

  /** Pads JSON with trailing spaces to exactly {@code size} bytes. */
  private static String padded(String json, long size) {
    int length = json.getBytes(StandardCharsets.UTF_8).length;
    return json + " ".repeat(Math.toIntExact(size - length));
  }

  /** A source that yields some bytes, then fails as a dropped connection would. */
  private static final class FailingSource implements Source {
    private final Buffer remaining;

    FailingSource(byte[] bytes) {
      this.remaining = new Buffer().write(bytes);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (remaining.size() == 0) {
        throw new IOException("connection reset");
      }
      return remaining.read(sink, byteCount);
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }
}
