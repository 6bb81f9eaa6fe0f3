package dev.nhsapi.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsHttpException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.testing.NhsSandbox;
import dev.nhsapi.testing.SandboxRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * What the contract tests share: a client of the embedded sandbox, the requests the SDK sent, and checks of
 * parameter names, headers and required elements against facts written here from NHS England's published specs.
 * Each test cites the spec file it pins; none copies it.
 */
final class SpecContract {
  private SpecContract() {}

  static NhsClient client(NhsSandbox sandbox, Credentials credentials) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials)
        .transport(t -> t.rateLimit(RateLimitOptions.disabled()).endUserOrganisation("Y12345")).build();
  }

  /** The requests the SDK sent under {@code base}, in order. */
  static List<SandboxRequest> sent(NhsSandbox sandbox, String base) {
    return sandbox.requests().stream().filter(r -> r.target().startsWith(base)).toList();
  }

  /** The names of a request's query parameters, in order, repeats kept. */
  static List<String> parameterNames(NhsSandbox sandbox, SandboxRequest request) {
    HttpUrl url = HttpUrl.get(sandbox.baseUrl().resolve(request.target().substring(1)).toString());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < url.querySize(); i++) {
      names.add(url.queryParameterName(i));
    }
    return names;
  }

  /** Asserts that every request's parameters are among the spec's and its required ones are there. */
  static void assertParameters(NhsSandbox sandbox, List<SandboxRequest> requests, Set<String> defined,
      Set<String> required) {
    assertThat(requests).isNotEmpty().allSatisfy(request -> {
      List<String> names = parameterNames(sandbox, request);
      assertThat(defined).as("parameters the spec defines").containsAll(names);
      assertThat(names).as("parameters the spec requires").containsAll(required);
    });
  }

  /** Asserts that every request carries the headers the spec requires. */
  static void assertHeaders(List<SandboxRequest> requests, String... required) {
    assertThat(requests).isNotEmpty().allSatisfy(request -> {
      for (String header : required) {
        assertThat(request.header(header)).as(header).isNotBlank();
      }
    });
  }

  /** The status of the sandbox's answer, error or not. */
  static int status(NhsClient nhs, NhsRequest request) {
    try {
      return nhs.transport().execute(request, ResponseDecoder.ofString()).statusCode();
    } catch (NhsHttpException e) {
      return e.statusCode();
    }
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** Asserts that {@code object} has every member the spec's schema requires. */
  static void assertRequired(JsonObject object, String... required) {
    assertThat(object.keySet()).as("required elements of " + object.getString("resourceType", "an element"))
        .contains(required);
  }
}
