package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.helloworld.HelloWorldClient;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Hello World API: one endpoint per access mode, refusals as the gateway's faults. */
class HelloWorldSandboxTest {
  final NhsSandbox sandbox = NhsSandbox.start();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  HelloWorldClient hello(Credentials credentials) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials).build().helloWorld();
  }

  @Test
  void answersEachAccessModeOnItsEndpoint() {
    sandbox.registerApiKey("hello-key");

    assertThat(hello(Credentials.none()).world()).isEqualTo("Hello World!");
    assertThat(hello(ApiKeyCredentials.of("hello-key")).application()).isEqualTo("Hello Application!");
    assertThat(hello(sandbox.registerApplication("jwt-key")).application()).isEqualTo("Hello Application!");
    assertThat(hello(sandbox.signInHealthcareWorker()).user()).isEqualTo("Hello User!");
  }

  @Test
  void refusesAnUnknownApiKeyAndTheWrongAccessModeAsTheGatewayDoes() {
    assertThatThrownBy(() -> hello(ApiKeyCredentials.of("unregistered")).application())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo("oauth.v2.InvalidApiKey");
        });
    assertThatThrownBy(() -> hello(Credentials.none()).application())
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("steps.oauth.v2.FailedToResolveAPIKey"));
    assertThatThrownBy(() -> hello(sandbox.registerApplication("jwt-key")).user())
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("oauth.v2.InvalidAccessToken"));
  }

  @Test
  void needsNoRequestIdAndAnswersUnknownPathsAndMethodsWithAFault() throws IOException {
    OkHttpClient client = new OkHttpClient();
    String base = sandbox.baseUrl() + "hello-world/hello/";
    try (Response world = client.newCall(new Request.Builder().url(base + "world").build()).execute();
        Response unknown = client.newCall(new Request.Builder().url(base + "nobody").build()).execute();
        Response post = client.newCall(new Request.Builder().url(base + "world")
            .post(RequestBody.create(new byte[0])).build()).execute()) {
      assertThat(world.code()).isEqualTo(200);
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(unknown.body().string()).contains("\"errorcode\":\"messaging.runtime.UnknownResource\"");
      assertThat(post.code()).isEqualTo(405);
    }
  }
}
