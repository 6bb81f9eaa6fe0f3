package dev.nhsapi.helloworld;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.NhsTransport;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.Primitives;
import java.util.Objects;

/** The Hello World client over the SDK's transport. */
final class RealHelloWorldClient implements HelloWorldClient {
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

  RealHelloWorldClient(NhsTransport transport) {
    this.transport = transport;
  }

  @Override
  public String world() {
    return worldWithResponse(RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<String> worldWithResponse(RequestOptions options) {
    return hello("/hello/world", options);
  }

  @Override
  public String application() {
    return applicationWithResponse(RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<String> applicationWithResponse(RequestOptions options) {
    return hello("/hello/application", options);
  }

  @Override
  public String user() {
    return userWithResponse(RequestOptions.defaults()).value();
  }

  @Override
  public NhsResponse<String> userWithResponse(RequestOptions options) {
    return hello("/hello/user", options);
  }

  private NhsResponse<String> hello(String path, RequestOptions options) {
    return transport.execute(NhsRequest.get(NhsApi.HELLO_WORLD, path).header("Accept", "application/json").build(),
        Objects.requireNonNull(options, "options == null"), GREETING);
  }

  @Override
  public String toString() {
    return "HelloWorldClient[" + transport.environment().name() + "]";
  }
}
