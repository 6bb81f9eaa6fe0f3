package dev.nhsapi.helloworld;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import java.util.Objects;

/**
 * NHS England's Hello World API: one endpoint per access mode, the quickest check that an application's set-up
 * works before it calls a real API. NHS England serves it in its sandbox; the embedded sandbox serves it too.
 *
 * <p>Each method answers the greeting the API sends, or throws the SDK's typed exception: an
 * {@link dev.nhsapi.core.AuthenticationException} means the credentials are not right for that access mode.
 *
 * <p>Instances are thread-safe; obtain one from {@link NhsClient#helloWorld()}. This is an interface so callers
 * can fake it in their own tests.
 */
public interface HelloWorldClient {
  /**
   * Returns a Hello World client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#helloWorld()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  static HelloWorldClient of(NhsTransport transport) {
    return new RealHelloWorldClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Calls the open-access endpoint, which needs no credentials.
   *
   * @return the greeting, {@code Hello World!}
   * @throws dev.nhsapi.core.NhsApiException if the call fails
   */
  String world();

  /**
   * Calls the open-access endpoint with per-call options, returning the whole response.
   *
   * @param options per-call options
   * @return the response, whose value is the greeting
   * @throws dev.nhsapi.core.NhsApiException if the call fails
   * @throws NullPointerException if {@code options} is null
   */
  NhsResponse<String> worldWithResponse(RequestOptions options);

  /**
   * Calls the application-restricted endpoint: it accepts an API key ({@code ApiKeyCredentials}) or a signed-JWT
   * application's token.
   *
   * @return the greeting, {@code Hello Application!}
   * @throws dev.nhsapi.core.AuthenticationException if the credentials are not an application's
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  String application();

  /**
   * Calls the application-restricted endpoint with per-call options, returning the whole response.
   *
   * @param options per-call options
   * @return the response, whose value is the greeting
   * @throws dev.nhsapi.core.AuthenticationException if the credentials are not an application's
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   * @throws NullPointerException if {@code options} is null
   */
  NhsResponse<String> applicationWithResponse(RequestOptions options);

  /**
   * Calls the user-restricted endpoint, which needs an NHS CIS2 or NHS login user's token.
   *
   * @return the greeting, {@code Hello User!}
   * @throws dev.nhsapi.core.AuthenticationException if the credentials are not a signed-in user's
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  String user();

  /**
   * Calls the user-restricted endpoint with per-call options, returning the whole response.
   *
   * @param options per-call options
   * @return the response, whose value is the greeting
   * @throws dev.nhsapi.core.AuthenticationException if the credentials are not a signed-in user's
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   * @throws NullPointerException if {@code options} is null
   */
  NhsResponse<String> userWithResponse(RequestOptions options);
}
