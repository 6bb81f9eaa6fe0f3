package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.NhsNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The Personal Demographics Service as the hosted sandbox answers it: the published sandbox patients (with data
 * written by this project), the documented search scenarios, related people and error codes.
 */
public final class PdsSandbox {
  /** The API's base path. */
  public static final String BASE = "/personal-demographics/FHIR/R4";
  private static final String FULL_URL = "https://api.service.nhs.uk" + BASE + "/Patient/";

  private final Map<String, String> patients = new ConcurrentHashMap<>();
  private final Map<String, String> relatedPeople = new ConcurrentHashMap<>();

  /** Loads the sandbox data. */
  public PdsSandbox() {
    for (String nhs : List.of("9000000009", "9000000017", "9000000025", "9000000033")) {
      patients.put(nhs, resource("patient-" + nhs + ".json"));
    }
    relatedPeople.put("9000000009", resource("related-9000000009.json"));
  }

  private static String resource(String name) {
    try (InputStream in = PdsSandbox.class.getResourceAsStream("/dev/nhsapi/testing/data/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sandbox data missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request
   * @return the answer
   */
  public MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(3, url.pathSize()); // after personal-demographics/FHIR/R4
    if (segments.isEmpty() || !segments.get(0).equals("Patient")) {
      return Outcomes.error(400, "error", "value", "UNSUPPORTED_REQUEST", "Unsupported request",
          "Unsupported path - '" + url.encodedPath() + "'");
    }
    if (!"GET".equals(request.getMethod())) {
      return Outcomes.error(403, "error", "forbidden", "INVALID_METHOD", "Invalid method",
          "This sandbox serves reads and searches");
    }
    if (segments.size() == 1) {
      return search(url);
    }
    String id = segments.get(1);
    if (!NhsNumber.isValid(id)) {
      return Outcomes.error(400, "error", "value", "INVALID_RESOURCE_ID", "Resource Id is invalid", null);
    }
    if (segments.size() == 3 && segments.get(2).equals("RelatedPerson")) {
      String bundle = relatedPeople.get(id);
      return bundle != null ? Responses.fhir(200, bundle)
          : patients.containsKey(id) ? Responses.fhir(200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\","
              + "\"total\":0}") : notFound();
    }
    String patient = patients.get(id);
    if (patient == null) {
      return notFound();
    }
    return new MockResponse.Builder(Responses.fhir(200, patient)).addHeader("ETag", "W/\"" + version(patient) + "\"")
        .build();
  }

  private static MockResponse notFound() {
    return Outcomes.error(404, "information", "not-found", "RESOURCE_NOT_FOUND", "Resource not found", null);
  }

  private static String version(String patient) {
    int at = patient.indexOf("\"versionId\"");
    int start = patient.indexOf('"', patient.indexOf(':', at) + 1) + 1;
    return patient.substring(start, patient.indexOf('"', start));
  }

  /** The hosted sandbox's documented search scenarios. */
  private MockResponse search(HttpUrl url) {
    String family = url.queryParameter("family");
    String gender = url.queryParameter("gender");
    String birthdate = url.queryParameter("birthdate");
    String maxResults = url.queryParameter("_max-results");
    boolean fuzzy = "true".equals(url.queryParameter("_fuzzy-match"));
    if (url.querySize() == 0) {
      return Outcomes.error(400, "error", "processing", "UNSUPPORTED_SERVICE", "Unsupported Service", null);
    }
    if (fuzzy && url.queryParameter("given") != null && family != null && birthdate != null) {
      return bundle(Map.entry("9000000017", "0.8976"));
    }
    if ("Smythe".equalsIgnoreCase(family)) {
      return bundle(Map.entry("9000000025", "1"));
    }
    boolean janeSmith = "female".equals(gender) && "eq2010-10-22".equals(birthdate);
    if (janeSmith && "Smith".equalsIgnoreCase(family)) {
      return bundle(Map.entry("9000000009", "1"));
    }
    if (janeSmith && "Sm*".equalsIgnoreCase(family)) {
      if ("1".equals(maxResults)) {
        return Outcomes.error(200, "information", "multiple-matches", "TOO_MANY_MATCHES", "Too Many Matches", null);
      }
      return bundle(Map.entry("9000000009", "1"), Map.entry("9000000017", "0.8976"));
    }
    return Responses.fhir(200, "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"warning\","
        + "\"code\":\"not-supported\",\"diagnostics\":\"This mock endpoint has no example response for this "
        + "combination of search parameters\"}]}");
  }

  @SafeVarargs
  private MockResponse bundle(Map.Entry<String, String>... matches) {
    StringBuilder body = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":")
        .append(matches.length).append(",\"entry\":[");
    for (int i = 0; i < matches.length; i++) {
      String nhs = matches[i].getKey();
      body.append(i == 0 ? "" : ",").append("{\"fullUrl\":\"").append(FULL_URL).append(nhs)
          .append("\",\"search\":{\"score\":").append(matches[i].getValue()).append("},\"resource\":")
          .append(patients.get(nhs)).append('}');
    }
    return Responses.fhir(200, body.append("]}").toString());
  }
}
