package dev.nhsapi.benchmarks;

import java.io.IOException;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The hand-written side: a default {@link OkHttpClient}, a {@code GET} with {@code Accept: application/fhir+json},
 * and the body streamed into {@link MinimalMoshi}'s minimal records. No request ids, retries, breaker, limiter,
 * logging or events.
 */
final class RawReader implements PatientReader {
  private final OkHttpClient client = new OkHttpClient();
  private final Request request;

  RawReader(URI server) {
    request = new Request.Builder()
        .url(PatientReader.pdsBase(server) + "/Patient/" + NHS_NUMBER)
        .header("Accept", "application/fhir+json")
        .build();
  }

  @Override
  public String readFamily() throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return MinimalMoshi.decodePatient(response.body().source()).name().get(0).family();
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
