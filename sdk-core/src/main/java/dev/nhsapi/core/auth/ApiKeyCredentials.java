package dev.nhsapi.core.auth;

import java.util.Objects;
import okhttp3.Headers;

/**
 * Application-restricted access with an API key, sent in the {@code apikey} header. Used by APIs of low
 * sensitivity (NHS website content, Organisation Data Terminology, Hello World).
 *
 * <p>The key is the application's key from the NHS developer portal; keep it out of source control. Instances
 * are immutable and thread-safe, and {@link #toString()} never shows the key.
 */
public final class ApiKeyCredentials implements Credentials {
  private final Headers headers;

  private ApiKeyCredentials(String apiKey) {
    this.headers = Headers.of("apikey", apiKey);
  }

  /**
   * Returns credentials that send {@code apiKey}.
   *
   * @param apiKey the application's API key
   * @return the credentials
   * @throws IllegalArgumentException if the key is blank or not a legal header value
   * @throws NullPointerException if {@code apiKey} is null
   */
  public static ApiKeyCredentials of(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    try {
      return new ApiKeyCredentials(apiKey);
    } catch (IllegalArgumentException e) {
      // OkHttp's message would quote the key; replace it.
      throw new IllegalArgumentException("apiKey contains characters not allowed in a header", null);
    }
  }

  @Override
  public Headers headers(TokenEndpoint tokenEndpoint) {
    return headers;
  }

  @Override
  public String toString() {
    return "ApiKeyCredentials[apikey=***]";
  }
}
