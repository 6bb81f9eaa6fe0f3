package dev.nhsapi.testing;

import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A request the sandbox received, as it arrived: recorded before any fault, so a resent request shows up once per
 * attempt.
 *
 * <p>Its {@link #toString()} shows the method and the API's first path segment only, because the headers, the rest
 * of the path and the body carry tokens and patient data.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param target the encoded path and query, such as {@code /personal-demographics/FHIR/R4/Patient/9000000009}
 * @param headers the request headers
 * @param body the body as UTF-8 text, empty if there was none; a body over the sandbox's size limit is cut short
 */
public record SandboxRequest(String method, String target, Headers headers, String body) {
  /**
   * Checks the parts.
   *
   * @param method the HTTP method
   * @param target the encoded path and query
   * @param headers the request headers
   * @param body the body text
   * @throws NullPointerException if an argument is null
   */
  public SandboxRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(body, "body == null");
  }

  /**
   * Returns the last value of a header, matched ignoring case.
   *
   * @param name the header name, such as {@code X-Request-ID}
   * @return the value, or null if the request had no such header
   * @throws NullPointerException if {@code name} is null
   */
  public @Nullable String header(String name) {
    Objects.requireNonNull(name, "name == null");
    return headers.get(name);
  }

  @Override
  public String toString() {
    int end = target.indexOf('/', 1);
    int query = target.indexOf('?');
    if (end < 0 || (query >= 0 && query < end)) {
      end = query;
    }
    return "SandboxRequest[" + method + " " + (end < 0 ? target : target.substring(0, end)) + "]";
  }
}
