package dev.nhsapi.helloworld;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.Primitives;
import java.util.Objects;

/**
 * NHS England's Hello World API: one endpoint per access mode, the quickest check that an application's set-up
 * works before it calls a real API. NHS England serves it in its sandbox; the embedded sandbox serves it too.
 *
 * <p>Each method answers the greeting the API sends, or throws the SDK's typed exception: an
 * {@link dev.nhsapi.core.AuthenticationException} means the credentials are not right for that access mode.
 *
 * <p>Immutable and thread-safe. Obtain it from {@link NhsClient#helloWorld()}.
 */
public final class HelloWorldClient {
  private static final JsonReader.Options MESSAGE = JsonReader.Options.of("message");

  /** Reads {@code {"message": "..."}}, the API's whole answer. */
  private static final ResponseDecoder<String> GREETING = Decoding.responseDecoder(reader -> {
    String message = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.selectName(MESSAGE) == 0) {
        message = Primitives.STRING.read(reader);
      } else {
        reader.skipName();
        reader.skipValue();
      }
    }
    reader.endObject();
    if (message == null) {
      throw new JsonDataException("missing message at path " + reader.getPath());
    }
    return message;
  });

  private final NhsTransport transport;

  HelloWorldClient(NhsTransport transport) {
    this.transport = transport;
  }

  /**
   * Returns a client that sends every call through {@code transport}; most code obtains one from
   * {@link NhsClient#helloWorld()} instead.
   *
   * @param transport the transport
   * @return the client
   * @throws NullPointerException if {@code transport} is null
   */
  public static HelloWorldClient of(NhsTransport transport) {
    return new HelloWorldClient(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * Calls the open-access endpoint, which needs no credentials.
   *
   * @return the greeting, {@code Hello World!}
   * @throws dev.nhsapi.core.NhsApiException if the call fails
   */
  public String world() {
    return hello("/hello/world");
  }

  /**
   * Calls the application-restricted endpoint: it accepts an API key ({@code ApiKeyCredentials}) or a signed-JWT
   * application's token.
   *
   * @return the greeting, {@code Hello Application!}
   * @throws dev.nhsapi.core.AuthenticationException if the credentials are not an application's
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  public String application() {
    return hello("/hello/application");
  }

  /**
   * Calls the user-restricted endpoint, which needs an NHS CIS2 or NHS login user's token.
   *
   * @return the greeting, {@code Hello User!}
   * @throws dev.nhsapi.core.AuthenticationException if the credentials are not a signed-in user's
   * @throws dev.nhsapi.core.NhsApiException if the call fails otherwise
   */
  public String user() {
    return hello("/hello/user");
  }

  private String hello(String path) {
    return transport.execute(NhsRequest.get(NhsApi.HELLO_WORLD, path).header("Accept", "application/json").build(),
        GREETING).value();
  }

  @Override
  public String toString() {
    return "HelloWorldClient[" + transport.environment().name() + "]";
  }
}
