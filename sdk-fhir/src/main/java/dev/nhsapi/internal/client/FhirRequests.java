package dev.nhsapi.internal.client;

import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import java.util.List;
import java.util.Map;

/** The request set-up every FHIR API client shares: the FHIR media type, accepted in every answer. */
public final class FhirRequests {
  /** The FHIR JSON media type, for {@code Accept} and for request bodies. */
  public static final String FHIR_JSON = "application/fhir+json";

  private FhirRequests() {}

  /**
   * Starts a request that accepts FHIR JSON.
   *
   * @param api the API
   * @param method the HTTP method
   * @param pathTemplate the path, with {@code {name}} placeholders
   * @param pathValues the placeholders' values
   * @return the request builder
   */
  public static NhsRequest.Builder request(NhsApi api, String method, String pathTemplate, Object... pathValues) {
    return NhsRequest.builder(api, method, pathTemplate, pathValues).header("Accept", FHIR_JSON);
  }

  /**
   * Starts a GET that accepts FHIR JSON.
   *
   * @param api the API
   * @param pathTemplate the path, with {@code {name}} placeholders
   * @param pathValues the placeholders' values
   * @return the request builder
   */
  public static NhsRequest.Builder get(NhsApi api, String pathTemplate, Object... pathValues) {
    return request(api, "GET", pathTemplate, pathValues);
  }

  /**
   * Starts a search: a GET that accepts FHIR JSON, with the search's parameters in their order.
   *
   * @param api the API
   * @param path the searched path, such as {@code /Patient}
   * @param parameters the search's parameters
   * @return the request builder
   */
  public static NhsRequest.Builder search(NhsApi api, String path, List<Map.Entry<String, String>> parameters) {
    NhsRequest.Builder request = get(api, path);
    parameters.forEach(p -> request.query(p.getKey(), p.getValue()));
    return request;
  }
}
