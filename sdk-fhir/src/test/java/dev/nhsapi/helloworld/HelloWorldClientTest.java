package dev.nhsapi.helloworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.support.TestClients;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelloWorldClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  HelloWorldClient client() {
    return TestClients.against(server).build().helloWorld();
  }

  static MockResponse json(String body) {
    return TestClients.json(200, "application/json", body);
  }

  @ParameterizedTest
  @CsvSource({"world, /hello-world/hello/world", "application, /hello-world/hello/application",
      "user, /hello-world/hello/user"})
  void callsEachEndpointAndReturnsItsMessage(String endpoint, String path) throws Exception {
    server.enqueue(json("{\"other\":[1,{\"a\":true}],\"message\":\"Hello!\"}"));
    HelloWorldClient hello = client();

    String message = switch (endpoint) {
      case "world" -> hello.world();
      case "application" -> hello.application();
      default -> hello.user();
    };

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(path);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(message).isEqualTo("Hello!");
  }

  @ParameterizedTest
  @CsvSource({"world, /hello-world/hello/world", "application, /hello-world/hello/application",
      "user, /hello-world/hello/user"})
  void eachEndpointWithResponseSendsTheOptionsAndReturnsTheStatusAndIds(String endpoint, String path)
      throws Exception {
    server.enqueue(json("{\"message\":\"Hello!\"}"));
    HelloWorldClient hello = client();

    NhsResponse<String> response = switch (endpoint) {
      case "world" -> hello.worldWithResponse(TestClients.TRACED);
      case "application" -> hello.applicationWithResponse(TestClients.TRACED);
      default -> hello.userWithResponse(TestClients.TRACED);
    };

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(path);
    TestClients.assertTraced(request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo(request.getHeaders().get("X-Request-ID"));
    assertThat(response.value()).isEqualTo("Hello!");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"message\":7}", "[]", "{\"message\":\"a\"} {}", "<html>"})
  void anAnswerWithoutAMessageIsADecodeFailure(String body) {
    server.enqueue(json(body));

    assertThatThrownBy(() -> client().world()).isInstanceOf(NhsDecodeException.class);
  }
}
