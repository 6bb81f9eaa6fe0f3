package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Meta;
import dev.nhsapi.fhir.UnknownElements;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The National Record Locator (NRL) consumer API: 25 document pointers written by this project for the PDS
 * sandbox's patients (22 for {@code 9000000009}, so a search of theirs spans two pages), held by the ODS sandbox's
 * trust {@code XY1} and practices {@code Y12345} and {@code Y23456}. Searches by patient, custodian, type and
 * category come in pages of 20, the next page's token in the page's {@code meta.tag}; reads by id and counts by
 * patient and type. Application-restricted access only, and every call must name the end user's organisation.
 */
public final class RecordLocatorSandbox {
  /** The API's base path. */
  public static final String BASE = "/record-locator/consumer/FHIR/R4";

  /** How many pointers a page holds, as NRL's consumer API says. */
  private static final int PAGE_SIZE = 20;

  private static final String ERROR_CODES = "https://fhir.nhs.uk/ValueSet/Spine-ErrorOrWarningCode-1";
  private static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number|";
  private static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code|";
  private static final String SNOMED = Coding.SNOMED_CT + "|";
  private static final String NEXT_PAGE_TOKEN = "next-page-token";
  private static final Set<String> SEARCH_PARAMETERS =
      Set.of("subject:identifier", "custodian:identifier", "type", "category", NEXT_PAGE_TOKEN);
  private static final Set<String> COUNT_PARAMETERS = Set.of("subject:identifier", "type");

  /** The published pointers, read once: immutable, so every sandbox shares them. */
  private static final List<DocumentReference> POINTERS =
      SandboxData.resources("document-references.json", DocumentReference.class);

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request, whose caller passed the gateway's checks
   * @param mode how the caller signed in
   * @return the answer
   */
  public MockResponse handle(RecordedRequest request, AccessMode mode) {
    if (mode != AccessMode.APPLICATION_RESTRICTED) {
      return error(403, "forbidden", "ACCESS DENIED", "Access has been denied to process this request",
          "The National Record Locator takes application-restricted access (signed JWT) only");
    }
    String organisation = request.getHeaders().get("NHSD-End-User-Organisation-ODS");
    if (organisation == null || organisation.isBlank()) {
      return error(401, "invalid", "MISSING_OR_INVALID_HEADER", "There is a required header missing or invalid",
          "Unable to parse metadata about the requesting application. Contact the onboarding team.");
    }
    if (!"GET".equals(request.getMethod())) {
      return error(400, "invalid", "BAD_REQUEST", "Bad request", "This sandbox answers GET requests only");
    }
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(4, url.pathSize()); // after record-locator/consumer/FHIR/R4
    if (segments.size() == 2 && segments.get(0).equals("DocumentReference") && segments.get(1).equals("_count")) {
      return count(url);
    }
    if (segments.size() == 2 && segments.get(0).equals("DocumentReference")) {
      return POINTERS.stream().filter(p -> segments.get(1).equals(p.id())).findFirst()
          .map(p -> Responses.fhir(200, FhirJson.encode(p)))
          .orElseGet(() -> notFound("The requested DocumentReference could not be found"));
    }
    if (segments.size() == 1 && segments.get(0).equals("DocumentReference")) {
      return search(url);
    }
    return notFound("Unsupported path - '" + url.encodedPath() + "'");
  }

  private MockResponse search(HttpUrl url) {
    Map<String, String> query = new HashMap<>();
    MockResponse invalid = parameters(url, SEARCH_PARAMETERS, query);
    if (invalid != null) {
      return invalid;
    }
    List<DocumentReference> found = POINTERS.stream().filter(filter(query)).toList();
    int offset = 0;
    if (query.containsKey(NEXT_PAGE_TOKEN)) {
      Integer decoded = decodeToken(query.get(NEXT_PAGE_TOKEN));
      if (decoded == null || decoded >= found.size()) {
        return error(400, "invalid", "INVALID_PARAMETER", "Invalid parameter",
            "Invalid query parameter (next-page-token)");
      }
      offset = decoded;
    }
    int end = Math.min(offset + PAGE_SIZE, found.size());
    List<Bundle.Entry> entries = new ArrayList<>();
    found.subList(offset, end).forEach(pointer -> entries.add(new Bundle.Entry(null, pointer, null, UnknownElements.none())));
    Meta meta = end < found.size() ? new Meta(null, null, null, List.of(), List.of(),
        List.of(new Coding(null, null, encodeToken(end), "next_page_token", null, UnknownElements.none())), UnknownElements.none()) : null;
    return Responses.fhir(200, FhirJson.encode(new Bundle(null, meta, "searchset", null, entries.size(), List.of(),
        entries, UnknownElements.none())));
  }

  private MockResponse count(HttpUrl url) {
    Map<String, String> query = new HashMap<>();
    MockResponse invalid = parameters(url, COUNT_PARAMETERS, query);
    if (invalid != null) {
      return invalid;
    }
    long total = POINTERS.stream().filter(filter(query)).count();
    return Responses.fhir(200, FhirJson.encode(new Bundle(null, null, "searchset", null, (int) total, List.of(),
        List.of(), UnknownElements.none())));
  }

  /** Checks the query as NRL does, filling {@code query}; returns the error answer, or null if it is valid. */
  private static @Nullable MockResponse parameters(HttpUrl url, Set<String> allowed, Map<String, String> query) {
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      if (!allowed.contains(name) || value == null || query.put(name, value) != null) {
        return error(400, "invalid", "INVALID_PARAMETER", "Invalid parameter",
            "Invalid query parameter (" + (allowed.contains(name) ? name : "unexpected parameter") + ")");
      }
    }
    String subject = query.get("subject:identifier");
    if (subject == null || !subject.matches("https://fhir\\.nhs\\.uk/Id/nhs-number\\|[0-9]{10}")) {
      return error(400, "invalid", "INVALID_NHS_NUMBER", "Invalid NHS number",
          "A valid NHS number is required to search for document references");
    }
    String custodian = query.get("custodian:identifier");
    if (custodian != null && !custodian.matches("https://fhir\\.nhs\\.uk/Id/ods-organization-code\\|\\w+")) {
      return error(400, "invalid", "INVALID_IDENTIFIER_SYSTEM", "Invalid identifier system",
          "Invalid query parameter (custodian:identifier)");
    }
    for (String coded : List.of("type", "category")) {
      String value = query.get(coded);
      if (value != null && !value.matches("http://snomed\\.info/sct\\|[0-9]+")) {
        return error(400, "code-invalid", "INVALID_CODE_SYSTEM", "Invalid code system",
            "Invalid query parameter (The provided " + coded + " system does not match the allowed types)");
      }
    }
    return null;
  }

  private static Predicate<DocumentReference> filter(Map<String, String> query) {
    Predicate<DocumentReference> matches = p -> (NHS_NUMBER + p.subjectNhsNumber().orElse(""))
        .equals(query.get("subject:identifier"));
    String custodian = query.get("custodian:identifier");
    if (custodian != null) {
      matches = matches.and(p -> (ODS_CODE + p.custodianOdsCode().orElse("")).equals(custodian));
    }
    String type = query.get("type");
    if (type != null) {
      matches = matches.and(p -> (SNOMED + p.typeCode().orElse("")).equals(type));
    }
    String category = query.get("category");
    if (category != null) {
      matches = matches.and(p -> p.category().stream().flatMap(c -> c.coding().stream())
          .anyMatch(c -> Coding.SNOMED_CT.equals(c.system()) && category.equals(SNOMED + c.code())));
    }
    return matches;
  }

  private static String encodeToken(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("{\"offset\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable Integer decodeToken(String token) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      return json.matches("\\{\"offset\":[1-9][0-9]{0,5}}") ? Integer.valueOf(json.substring(10, json.length() - 1))
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static MockResponse notFound(String diagnostics) {
    return error(404, "not-found", "NO_RECORD_FOUND", "No record found", diagnostics);
  }

  private static MockResponse error(int status, String issueCode, String nhsCode, String display,
      String diagnostics) {
    return Outcomes.error(status, "error", issueCode, ERROR_CODES, null, nhsCode, display, diagnostics);
  }
}
