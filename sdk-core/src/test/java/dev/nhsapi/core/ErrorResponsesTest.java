package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorResponsesTest {
  /** A made-up NHS number and surname: stand-ins for patient data a server may echo in diagnostics. */
  private static final String NHS_NUMBER = "9434765919";
  private static final String SURNAME = "Smith";
  private static final String DIAGNOSTICS =
      "Invalid value - '" + NHS_NUMBER + "' in field 'identifier' for patient " + SURNAME;

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
              "text": "Patient %s %s"
            },
            "diagnostics": "%s",
            "expression": ["Patient.identifier"]
          }
        ]
      }
      """.formatted(NHS_NUMBER, SURNAME, DIAGNOSTICS);

  private static final String OAUTH_ERROR = """
      {
        "error": "invalid_request",
        "error_description": "Missing 'kid' header in client_assertion JWT",
        "message_id": "rrt-1234567890-c-geu2-12345-6789012-1"
      }
      """;

  private static final String GATEWAY_FAULT = """
      {"fault": {"faultstring": "Invalid ApiKey", "detail": {"errorcode": "oauth.v2.InvalidApiKey"}}}
      """;

  @StartStop final MockWebServer server = new MockWebServer();

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, InvalidRequestException.class),
        Arguments.of(422, InvalidRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, ResourceNotFoundException.class),
        Arguments.of(410, ResourceNotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(412, ConflictException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(408, ServiceUnavailableException.class),
        Arguments.of(500, ServiceUnavailableException.class),
        Arguments.of(502, ServiceUnavailableException.class),
        Arguments.of(503, ServiceUnavailableException.class),
        Arguments.of(504, ServiceUnavailableException.class),
        Arguments.of(405, NhsHttpException.class),
        Arguments.of(415, NhsHttpException.class));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("statuses")
  void mapsStatusToExceptionType(int status, Class<?> type) throws Exception {
    respondAlways(fhirError(status, INVALID_VALUE));

    NhsHttpException e = callExpectingHttpError();

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo("INVALID_VALUE");
    assertThat(e.getMessage()).startsWith("HTTP " + status + " ");
    assertThat(e.requestId()).isEqualTo(takeRequestHeader("X-Request-ID"));
  }

  @Test
  void operationOutcomeFillsEveryField() throws Exception {
    respondAlways(fhirError(400, INVALID_VALUE));

    NhsHttpException e = callExpectingHttpError();

    RecordedRequest request = server.takeRequest();
    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("INVALID_VALUE");
    assertThat(e.details().issueType()).isEqualTo("value");
    assertThat(e.details().description()).isEqualTo("Provided value is invalid");
    assertThat(e.diagnostics()).isEqualTo(DIAGNOSTICS);
    assertThat(e.details().messageId()).isNull();
    assertThat(e.operationOutcome()).isNotNull();
    assertThat(e.operationOutcome().issues()).singleElement().satisfies(issue -> {
      assertThat(issue.nhsCode()).isEqualTo("INVALID_VALUE");
      assertThat(issue.expression()).containsExactly("Patient.identifier");
    });
    assertThat(e.requestId()).isNotBlank().isEqualTo(request.getHeaders().get("X-Request-ID"));
    assertThat(e.correlationId()).isNotBlank().isEqualTo(request.getHeaders().get("X-Correlation-ID"));
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void operationOutcomeMessageIsOneLineWithCodeAndRequestId() {
    respondAlways(fhirError(400, INVALID_VALUE));

    NhsHttpException e = callExpectingHttpError();

    assertThat(e.getMessage())
        .isEqualTo("HTTP 400 INVALID_VALUE (value) [X-Request-ID " + e.requestId() + "]")
        .doesNotContain("\n", "\r");
  }

  @Test
  void diagnosticsNeverReachMessagesOrToString() {
    respondAlways(fhirError(400, INVALID_VALUE));

    NhsHttpException e = callExpectingHttpError();

    assertThat(e.diagnostics()).contains(NHS_NUMBER, SURNAME);
    assertThat(e.operationOutcome().issues().get(0).detailsText()).contains(NHS_NUMBER, SURNAME);
    for (String text : new String[] {
        e.getMessage(), e.toString(), e.details().toString(), e.operationOutcome().toString()}) {
      assertThat(text).doesNotContain(NHS_NUMBER, SURNAME, DIAGNOSTICS);
    }
  }

  @Test
  void oauthErrorFillsCodeDescriptionAndMessageId() throws Exception {
    respondAlways(new MockResponse.Builder().code(401)
        .addHeader("Content-Type", "application/json")
        .body(OAUTH_ERROR)
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.errorCode()).isEqualTo("invalid_request");
    assertThat(e.details().description()).isEqualTo("Missing 'kid' header in client_assertion JWT");
    assertThat(e.details().messageId()).isEqualTo("rrt-1234567890-c-geu2-12345-6789012-1");
    assertThat(e.details().issueType()).isNull();
    assertThat(e.diagnostics()).isNull();
    assertThat(e.operationOutcome()).isNull();
    assertThat(e.requestId()).isEqualTo(takeRequestHeader("X-Request-ID"));
    assertThat(e.getMessage())
        .isEqualTo("HTTP 401 invalid_request [X-Request-ID "
            + e.requestId() + "]");
  }

  @Test
  void gatewayFaultFillsCodeAndDescription() throws Exception {
    respondAlways(new MockResponse.Builder().code(401)
        .addHeader("Content-Type", "application/json")
        .body(GATEWAY_FAULT)
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.errorCode()).isEqualTo("oauth.v2.InvalidApiKey");
    assertThat(e.details().description()).isEqualTo("Invalid ApiKey");
    assertThat(e.details().issueType()).isNull();
    assertThat(e.details().messageId()).isNull();
    assertThat(e.diagnostics()).isNull();
    assertThat(e.operationOutcome()).isNull();
    assertThat(e.requestId()).isEqualTo(takeRequestHeader("X-Request-ID"));
    assertThat(e.getMessage())
        .isEqualTo("HTTP 401 oauth.v2.InvalidApiKey [X-Request-ID " + e.requestId() + "]");
  }

  @Test
  void identifierInServerDescriptionIsMaskedInMessage() {
    respondAlways(new MockResponse.Builder().code(400)
        .addHeader("Content-Type", "application/json")
        .body("""
            {"error": "invalid_request", "error_description": "Unknown patient %s\\nsecond line"}
            """.formatted(NHS_NUMBER))
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertThat(e.details().description()).contains(NHS_NUMBER);
    assertThat(e.getMessage()).doesNotContain(NHS_NUMBER, "\n").contains("invalid_request");
  }

  @Test
  void htmlBodyGivesTypedExceptionWithoutDetails() throws Exception {
    respondAlways(new MockResponse.Builder().code(502)
        .addHeader("Content-Type", "text/html")
        .body("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertNoDetails(e, ServiceUnavailableException.class, 502);
  }

  @Test
  void emptyBodyGivesTypedExceptionWithoutDetails() throws Exception {
    respondAlways(new MockResponse.Builder().code(500).build());

    NhsHttpException e = callExpectingHttpError();

    assertNoDetails(e, ServiceUnavailableException.class, 500);
  }

  @Test
  void truncatedJsonGivesTypedExceptionWithoutDetails() throws Exception {
    respondAlways(fhirError(400, INVALID_VALUE.substring(0, INVALID_VALUE.indexOf("\"display\""))));

    NhsHttpException e = callExpectingHttpError();

    assertNoDetails(e, InvalidRequestException.class, 400);
  }

  @Test
  void garbageBytesGiveTypedExceptionWithoutDetails() throws Exception {
    Buffer garbage = new Buffer().write(new byte[] {
        (byte) 0xff, (byte) 0xfe, 0x00, 0x7b, (byte) 0xc3, 0x28, (byte) 0x80, 0x22, 0x1b, (byte) 0x9f, 0x7d});
    respondAlways(new MockResponse.Builder().code(403)
        .addHeader("Content-Type", "application/fhir+json")
        .body(garbage)
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertNoDetails(e, ForbiddenException.class, 403);
  }

  @Test
  void bodyCutShortByTheServerGivesTypedExceptionWithoutDetails() throws Exception {
    // The whole OperationOutcome sits in the first half of the declared body; the server closes the connection
    // half-way, so only a client that trusted an incomplete body would report its code.
    String body = INVALID_VALUE + " ".repeat(INVALID_VALUE.length() + 1000);
    respondAlways(new MockResponse.Builder().code(404)
        .addHeader("Content-Type", "application/fhir+json")
        .body(body)
        .onResponseBody(new SocketEffect.CloseSocket())
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertNoDetails(e, ResourceNotFoundException.class, 404);
  }

  @Test
  void bodyShorterThanItsContentLengthGivesTypedExceptionWithoutDetails() throws Exception {
    respondAlways(new MockResponse.Builder().code(409)
        .addHeader("Content-Type", "application/json")
        .body(OAUTH_ERROR)
        .setHeader("Content-Length", OAUTH_ERROR.length() + 500)
        .onResponseEnd(new SocketEffect.CloseSocket())
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertNoDetails(e, ConflictException.class, 409);
  }

  @Test
  void serviceUnavailableCarriesRetryAfter() {
    respondAlways(new MockResponse.Builder().code(503)
        .addHeader("Retry-After", "7")
        .addHeader("Content-Type", "application/fhir+json")
        .body(INVALID_VALUE)
        .build());

    NhsHttpException e = callExpectingHttpError();

    assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void rateLimitedWithoutRetryAfterHasNone() {
    respondAlways(fhirError(429, INVALID_VALUE));

    NhsHttpException e = callExpectingHttpError();

    assertThat(e).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void reportsTheCallersRequestIdAndCorrelationId() throws Exception {
    UUID requestId = UUID.fromString("3f1e2d4c-5b6a-4987-8a1b-2c3d4e5f6a7b");
    respondAlways(fhirError(404, INVALID_VALUE));
    RequestOptions options = RequestOptions.builder().requestId(requestId).correlationId("trace-42").build();

    NhsHttpException e = catchThrowableOfType(NhsHttpException.class,
        () -> transport().execute(patientRead(), options, ResponseDecoder.ofString()));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Request-ID")).isEqualTo(requestId.toString());
    assertThat(request.getHeaders().get("X-Correlation-ID")).isEqualTo("trace-42");
    assertThat(e.requestId()).isEqualTo(requestId.toString());
    assertThat(e.correlationId()).isEqualTo("trace-42");
    assertThat(e.getMessage()).endsWith("[X-Request-ID " + requestId + "]");
  }

  @Test
  void decoderFailureGivesDecodeExceptionWithoutItsMessage() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/fhir+json")
        .body("{\"resourceType\": \"Patient\", \"id\": \"" + NHS_NUMBER + "\"}")
        .build());
    IllegalStateException failure =
        new IllegalStateException("Expected a Bundle for " + NHS_NUMBER + " " + SURNAME + " at $.entry");
    ResponseDecoder<String> decoder = body -> {
      throw failure;
    };

    NhsDecodeException e = catchThrowableOfType(NhsDecodeException.class,
        () -> transport().execute(patientRead(), decoder));

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .doesNotContain(failure.getMessage(), NHS_NUMBER, SURNAME, "Bundle", "$.entry")
        .doesNotContain("\n")
        .contains("200");
    assertThat(e.getCause()).isSameAs(failure);
    assertThat(e.requestId()).isEqualTo(takeRequestHeader("X-Request-ID"));
  }

  private NhsTransport transport() {
    return NhsTransport.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .retry(RetryOptions.disabled())
        .rateLimit(RateLimitOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .build();
  }

  private static NhsRequest patientRead() {
    return NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000009").build();
  }

  private NhsHttpException callExpectingHttpError() {
    NhsHttpException e = catchThrowableOfType(NhsHttpException.class,
        () -> transport().execute(patientRead(), ResponseDecoder.ofString()));
    assertThat(e).as("an NhsHttpException").isNotNull();
    return e;
  }

  private String takeRequestHeader(String name) throws InterruptedException {
    return server.takeRequest().getHeaders().get(name);
  }

  private void assertNoDetails(NhsHttpException e, Class<?> type, int status) throws InterruptedException {
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isNull();
    assertThat(e.details()).isEqualTo(ErrorDetails.none());
    assertThat(e.diagnostics()).isNull();
    assertThat(e.operationOutcome()).isNull();
    assertThat(e.requestId()).isEqualTo(takeRequestHeader("X-Request-ID"));
    assertThat(e.getMessage()).isEqualTo("HTTP " + status + " [X-Request-ID " + e.requestId() + "]");
  }

  private static MockResponse fhirError(int status, String body) {
    return new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "application/fhir+json")
        .body(body)
        .build();
  }

  /**
   * Answers every request with {@code response}. OkHttp itself resends some requests (after a 408, or a 503
   * with {@code Retry-After: 0}); answering each keeps such a resend from waiting on an empty queue.
   */
  private void respondAlways(MockResponse response) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    });
  }
}
