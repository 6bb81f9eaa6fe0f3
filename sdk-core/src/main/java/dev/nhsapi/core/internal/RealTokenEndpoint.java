package dev.nhsapi.core.internal;

import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsDeadlineExceededException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.TokenEndpoint;
import dev.nhsapi.core.auth.TokenResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The token endpoint reached through the transport's own pipeline, without credentials. A token request is
 * resent only where the pipeline resends a write (a refused connection, a 503 with {@code Retry-After}), and then
 * with its form built afresh: an assertion's {@code jti} is single-use, so each attempt signs a new one.
 */
final class RealTokenEndpoint implements TokenEndpoint {
  private static final String OUTAGE_ADVICE = "The token endpoint is unavailable or busy, which says nothing "
      + "about the credentials: retry after a pause (see retryAfter()).";
  /** No charset suffix: the platform refuses {@code application/x-www-form-urlencoded; charset=utf-8}. */
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  private static final ResponseDecoder<Fields> DECODER = RealTokenEndpoint::decode;

  private final CallExecutor executor;
  /** The {@link System#nanoTime()} by which the call served must end, or null for the transport's endpoint. */
  private final @Nullable Long deadlineNanos;

  RealTokenEndpoint(CallExecutor executor) {
    this(executor, null);
  }

  private RealTokenEndpoint(CallExecutor executor, @Nullable Long deadlineNanos) {
    this.executor = executor;
    this.deadlineNanos = deadlineNanos;
  }

  /** Returns this endpoint bounded by an API call's deadline, {@code remainingNanos} from now. */
  RealTokenEndpoint within(long remainingNanos) {
    return new RealTokenEndpoint(executor, System.nanoTime() + remainingNanos);
  }

  @Override
  public Duration timeLeft() {
    Long deadline = deadlineNanos;
    return deadline == null
        ? executor.settings().callTimeout() : Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  @Override
  public NhsEnvironment environment() {
    return executor.settings().environment();
  }

  @Override
  public TokenResponse request(Map<String, String> form) {
    Map<String, String> copy = new LinkedHashMap<>(form);
    return request(() -> copy);
  }

  @Override
  public TokenResponse request(Supplier<Map<String, String>> form) {
    NhsRequest request = NhsRequest.builder(NhsApi.OAUTH, "POST", "/" + lastSegment(environment().tokenUrl()))
        .header("Accept", "application/json")
        .build();
    Supplier<RequestBody> body = () -> RequestBody.create(encode(form.get()).getBytes(StandardCharsets.US_ASCII),
        FORM);
    Duration timeLeft = timeLeft();
    if (timeLeft.isZero()) {
      throw new NhsDeadlineExceededException("no time left in the call's deadline to fetch a token", null, null,
          null);
    }
    NhsResponse<Fields> response;
    try {
      response = executor.executeUnauthenticated(
          request, RequestOptions.builder().timeout(timeLeft).build(), body, DECODER);
    } catch (NhsHttpException e) {
      boolean outage = e.statusCode() >= 500 || e.statusCode() == 408 || e.statusCode() == 429;
      throw withAdvice(e, outage ? OUTAGE_ADVICE : TokenErrorAdvice.adviceFor(e.details()));
    }
    return checked(response);
  }

  /**
   * Checks an issued token before anyone caches it: one that could not go in a header, or whose lifetime would
   * overflow the expiry time, fails the call as an authentication failure rather than every later call.
   */
  private static TokenResponse checked(NhsResponse<Fields> response) {
    try {
      return response.value().toResponse();
    } catch (IllegalArgumentException e) { // the rule broken, never the value
      throw new AuthenticationException(response.statusCode(), ErrorDetails.none(), null, response.requestId(),
          response.correlationId(), "The token endpoint issued a token the SDK cannot use (" + e.getMessage()
          + "), so it was not cached: retry later, and report it to NHS England if it persists.");
    }
  }

  private static String encode(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(Percent.encode(name) + "=" + Percent.encode(value)));
    return body.toString();
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

  /** A token response's fields as read, before {@link TokenResponse}'s checks. */
  record Fields(String accessToken, String tokenType, Duration expiresIn, @Nullable String refreshToken,
      @Nullable Duration refreshTokenExpiresIn, @Nullable String issuedTokenType) {
    /** Returns the response, or throws {@link IllegalArgumentException} if a value breaks one of its rules. */
    TokenResponse toResponse() {
      return new TokenResponse(accessToken, tokenType, expiresIn, refreshToken, refreshTokenExpiresIn,
          issuedTokenType);
    }
  }

  /**
   * Decodes a success answer. A token request is never resent once it has reached the server, so a body cut short
   * or not JSON (an HTML page from a proxy) is a decode failure, not a transport one; a timeout stays a timeout.
   */
  private static Fields decode(ResponseBody body) throws IOException {
    try {
      return read(JsonReader.of(body.source()));
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      throw new NhsDecodeException("the token response is cut short or not JSON (" + e.getClass().getSimpleName()
          + ")", e, null, null);
    }
  }

  /** Reads a token response; {@code expires_in} may be a string or a number. */
  static Fields read(JsonReader reader) throws IOException {
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
    if (accessToken == null) {
      throw new IllegalStateException("token response has no access_token");
    }
    if (expiresIn == null) {
      throw new IllegalStateException("token response has no expires_in");
    }
    return new Fields(accessToken, tokenType, expiresIn, refreshToken, refreshExpiresIn, issuedTokenType);
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
      return Duration.ofSeconds(Long.parseLong(value.trim())); // range checked by TokenResponse
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " is not a whole number of seconds", e);
    }
  }
}
