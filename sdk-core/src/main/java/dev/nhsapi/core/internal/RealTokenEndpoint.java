package dev.nhsapi.core.internal;

import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.TokenEndpoint;
import dev.nhsapi.core.auth.TokenResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The token endpoint reached through the transport's own pipeline, without credentials. Token requests are
 * never resent after they may have reached the server: an assertion's {@code jti} is single-use.
 */
final class RealTokenEndpoint implements TokenEndpoint {
  private static final String OUTAGE_ADVICE = "The token endpoint is unavailable or busy, which says nothing "
      + "about the credentials: retry after a pause (see retryAfter()).";
  private static final ResponseDecoder<TokenResponse> DECODER = body -> parse(JsonReader.of(body.source()));

  private final CallExecutor executor;

  RealTokenEndpoint(CallExecutor executor) {
    this.executor = executor;
  }

  @Override
  public NhsEnvironment environment() {
    return executor.settings().environment();
  }

  @Override
  public TokenResponse request(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(Percent.encode(name) + "=" + Percent.encode(value)));
    NhsRequest request = NhsRequest.builder(NhsApi.OAUTH, "POST", "/" + lastSegment(environment().tokenUrl()))
        .header("Accept", "application/json")
        .body(body.toString(), "application/x-www-form-urlencoded")
        .build();
    try {
      return executor.executeUnauthenticated(request, RequestOptions.defaults(), DECODER).value();
    } catch (NhsHttpException e) {
      boolean outage = e.statusCode() >= 500 || e.statusCode() == 408 || e.statusCode() == 429;
      throw withAdvice(e, outage ? OUTAGE_ADVICE : TokenErrorAdvice.adviceFor(e.details()));
    }
  }

  /**
   * The URL that token requests are rooted at: the environment's token URL without its last path segment, which
   * each request names as its path (so logs and events show {@code POST oauth2 /token} by default).
   */
  static HttpUrl directory(NhsEnvironment environment) {
    HttpUrl tokenUrl = HttpUrl.get(environment.tokenUrl());
    return tokenUrl.newBuilder().removePathSegment(tokenUrl.pathSize() - 1).build();
  }

  private static String lastSegment(URI tokenUrl) {
    List<String> segments = HttpUrl.get(tokenUrl).pathSegments();
    return segments.get(segments.size() - 1);
  }

  /**
   * The call could not be authenticated either way, so it fails with an {@link AuthenticationException}; its
   * status, {@code Retry-After} and advice say the endpoint was down rather than the credentials wrong.
   */
  private static AuthenticationException withAdvice(NhsHttpException e, @Nullable String advice) {
    AuthenticationException typed = new AuthenticationException(e.statusCode(), e.details(),
        e.retryAfter().orElse(null), e.requestId(), e.correlationId(), advice);
    typed.setStackTrace(e.getStackTrace());
    return typed;
  }

  /** Reads a token response; {@code expires_in} may be a string or a number. */
  static TokenResponse parse(JsonReader reader) throws IOException {
    String accessToken = null;
    String tokenType = "Bearer";
    Duration expiresIn = null;
    String refreshToken = null;
    Duration refreshExpiresIn = null;
    String issuedTokenType = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "access_token" -> accessToken = nullableString(reader);
        case "token_type" -> tokenType = orDefault(nullableString(reader), tokenType);
        case "expires_in" -> expiresIn = seconds(reader, "expires_in");
        case "refresh_token" -> refreshToken = nullableString(reader);
        case "refresh_token_expires_in" -> refreshExpiresIn = seconds(reader, "refresh_token_expires_in");
        case "issued_token_type" -> issuedTokenType = nullableString(reader);
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalStateException("token response has no access_token");
    }
    if (expiresIn == null || expiresIn.isZero() || expiresIn.isNegative()) {
      throw new IllegalStateException("token response has no positive expires_in");
    }
    return new TokenResponse(accessToken, tokenType, expiresIn, refreshToken, refreshExpiresIn, issuedTokenType);
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static @Nullable String nullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  private static @Nullable Duration seconds(JsonReader reader, String name) throws IOException {
    String value = nullableString(reader); // Moshi reads a JSON number as its text too
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " is not a whole number of seconds", e);
    }
  }
}
