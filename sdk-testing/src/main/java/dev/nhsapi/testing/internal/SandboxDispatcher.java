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

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String requestId = request.getHeaders().get("X-Request-ID");
    MockResponse response;
    if (requestId == null) {
      response = Outcomes.error(400, "error", "required", "MISSING_VALUE", "Required value is missing",
          "Invalid request with error - X-Request-ID header must be supplied to access this resource");
    } else if (!UUID.matcher(requestId).matches()) {
      response = Outcomes.error(400, "error", "value", "INVALID_VALUE", "Provided value is invalid",
          "Invalid value - '" + requestId + "' in header 'X-Request-ID'");
    } else if (request.getUrl().encodedPath().startsWith(PdsSandbox.BASE + "/")) {
      response = pds.handle(request);
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
}
