package dev.nhsapi.testing.internal;

import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * NHS England's Hello World API, the quickest check of a caller's credentials: {@code /hello/world} is open,
 * {@code /hello/application} wants an application (an {@code apikey} header of a registered application, or an
 * application-restricted token), {@code /hello/user} a user-restricted token. Refusals come as the platform's
 * gateway faults ({@code {"fault":{"faultstring":...,"detail":{"errorcode":...}}}}), as Apigee answers them.
 */
public final class HelloWorldSandbox {
  /** The API's base path. */
  public static final String BASE = "/hello-world";

  private final Predicate<String> registeredApiKey;

  /**
   * Creates the API.
   *
   * @param registeredApiKey whether an API key belongs to a registered application
   */
  public HelloWorldSandbox(Predicate<String> registeredApiKey) {
    this.registeredApiKey = registeredApiKey;
  }

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request
   * @param mode the caller's access mode, or null if it sent a bearer token that is unknown or expired
   * @return the answer
   */
  public MockResponse handle(RecordedRequest request, @Nullable AccessMode mode) {
    String path = request.getUrl().encodedPath().substring(BASE.length());
    if (!"GET".equals(request.getMethod())) {
      return Responses.fault(405, "Method not allowed", "messaging.adaptors.http.flow.MethodNotAllowed");
    }
    String apiKey = request.getHeaders().get("apikey");
    return switch (path) {
      case "/hello/world" -> hello("World");
      case "/hello/application" -> {
        if (apiKey != null) {
          yield registeredApiKey.test(apiKey) ? hello("Application") : Responses.invalidApiKey();
        }
        if (mode == AccessMode.APPLICATION_RESTRICTED) {
          yield hello("Application");
        }
        yield mode == null ? invalidToken() : Responses.missingApiKey();
      }
      case "/hello/user" -> mode == AccessMode.HEALTHCARE_WORKER ? hello("User") : invalidToken();
      default -> Responses.fault(404, "Unknown resource " + BASE + path.replace("\"", ""),
          "messaging.runtime.UnknownResource");
    };
  }

  private static MockResponse hello(String who) {
    return Responses.json(200, "{\"message\":\"Hello " + who + "!\"}");
  }

  private static MockResponse invalidToken() {
    return Responses.fault(401, "Invalid access token", "oauth.v2.InvalidAccessToken");
  }
}
