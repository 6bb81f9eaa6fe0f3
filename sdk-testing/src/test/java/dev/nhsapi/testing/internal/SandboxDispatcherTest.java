package dev.nhsapi.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxDispatcherTest {
  final MockWebServer server = new MockWebServer();
  final OkHttpClient client = new OkHttpClient();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFailureWhileAnsweringGivesUnknownErrorAndTheServerKeepsServing() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server.setDispatcher(new SandboxDispatcher(new TokenEndpoint(Clock.systemUTC(), Duration.ofSeconds(599)),
        (request, mode) -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("bug with patient 9000000009");
          }
          return Responses.fhir(200, "{\"resourceType\":\"Patient\"}");
        }, path -> null, request -> {}));
    server.start();

    try (Response failed = get()) {
      assertThat(failed.code()).isEqualTo(500);
      String body = failed.body().string();
      assertThat(body).contains("\"code\":\"UNKNOWN_ERROR\"", "\"code\":\"unknown\"");
      assertThat(body).doesNotContain("IllegalStateException", "9000000009", "at dev.");
    }
    try (Response next = get()) {
      assertThat(next.code()).isEqualTo(200);
    }
  }

  @Test
  void errorBodiesStayValidJsonWhateverTheRequestEchoedIntoThem() throws IOException {
    server.setDispatcher(new SandboxDispatcher(new TokenEndpoint(Clock.systemUTC(), Duration.ofSeconds(599)),
        (request, mode) -> Responses.fhir(200, "{}"), path -> null, request -> {}));
    server.start();
    String requestId = "not-a-uuid \\ \"quoted\"";

    try (Response refused = client.newCall(new Request.Builder()
        .url(server.url("/personal-demographics/FHIR/R4/Patient/9000000009"))
        .header("X-Request-ID", requestId).build()).execute()) {
      assertThat(refused.code()).isEqualTo(400);
      try (JsonReader reader = Json.createReader(new StringReader(refused.body().string()))) {
        assertThat(reader.readObject().getJsonArray("issue").getJsonObject(0).getString("diagnostics"))
            .isEqualTo("Invalid value - '" + requestId + "' in header 'X-Request-ID'");
      }
    }
  }

  private Response get() throws IOException {
    return client.newCall(new Request.Builder().url(server.url("/personal-demographics/FHIR/R4/Patient/9000000009"))
        .header("X-Request-ID", UUID.randomUUID().toString()).build()).execute();
  }
}
