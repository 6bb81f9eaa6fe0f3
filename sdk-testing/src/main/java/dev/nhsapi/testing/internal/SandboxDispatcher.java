package dev.nhsapi.testing.internal;

import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Routes the sandbox's requests to each API and applies the platform's common rules: a UUID
 * {@code X-Request-ID} is required, and it and {@code X-Correlation-ID} are mirrored back.
 */
public final class SandboxDispatcher extends Dispatcher {
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final PdsSandbox pds = new PdsSandbox();
  private final TokenEndpoint tokens;

  /**
   * Creates the dispatcher.
   *
   * @param tokens the OAuth 2.0 token endpoint that issues and checks access tokens
   */
  public SandboxDispatcher(TokenEndpoint tokens) {
    this.tokens = tokens;
  }

  /**
   * Returns the Personal Demographics Service this dispatcher routes to.
   *
   * @return the PDS sandbox
   */
  public PdsSandbox pds() {
    return pds;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals("/oauth2/token")) {
      return token(request);
    }
    String requestId = request.getHeaders().get("X-Request-ID");
    String authorization = request.getHeaders().get("Authorization");
    AccessMode mode = authorization == null ? AccessMode.OPEN
        : authorization.startsWith("Bearer ") ? tokens.accessMode(authorization.substring("Bearer ".length())) : null;
    MockResponse response;
    if (mode == null) {
      response = Outcomes.error(401, "error", "forbidden", "ACCESS_DENIED", "Access Denied - Unauthorised",
          "Invalid Access Token");
    } else if (requestId == null) {
      response = Outcomes.error(400, "error", "required", "MISSING_VALUE", "Required value is missing",
          "Invalid request with error - X-Request-ID header must be supplied to access this resource");
    } else if (!UUID.matcher(requestId).matches()) {
      response = Outcomes.error(400, "error", "value", "INVALID_VALUE", "Provided value is invalid",
          "Invalid value - '" + requestId + "' in header 'X-Request-ID'");
    } else if (request.getUrl().encodedPath().startsWith(PdsSandbox.BASE + "/")) {
      response = pds.handle(request, mode);
    } else {
      response = Outcomes.error(404, "information", "not-found", "RESOURCE_NOT_FOUND", "Resource not found",
          "This sandbox serves " + PdsSandbox.BASE + " only");
    }
    MockResponse.Builder mirrored = new MockResponse.Builder(response);
    if (requestId != null) {
      mirrored.setHeader("X-Request-ID", requestId);
    }
    String correlationId = request.getHeaders().get("X-Correlation-ID");
    if (correlationId != null) {
      mirrored.setHeader("X-Correlation-ID", correlationId);
    }
    return mirrored.build();
  }

  private MockResponse token(RecordedRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return Responses.json(405, "{\"error\":\"invalid_request\",\"error_description\":\"use POST\"}");
    }
    String contentType = request.getHeaders().get("Content-Type");
    TokenEndpoint.Answer answer = tokens.handle(contentType == null ? "" : contentType,
        request.getBody() == null ? "" : request.getBody().utf8(), request.getUrl().toString());
    return Responses.json(answer.status(), answer.json());
  }
}
