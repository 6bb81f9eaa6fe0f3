package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.UnknownElements;
import java.util.ArrayList;
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
 * trust {@code XY1} and practices {@code Y12345} and {@code Y23456}, each content carrying the content stability
 * and retrieval mechanism extensions the spec requires. A search by patient, custodian, type and category answers
 * one Bundle of every match, or with {@code _summary=count} only their {@code total}; reads by id.
 * Application-restricted access only, and every call must name the end user's organisation, as the published
 * consumer spec says (nrl-consumer-api, specification/record-locator/consumer.yaml, and its proxy's
 * RaiseFault.400MissingODSHeader policy).
 */
public final class RecordLocatorSandbox {
  /** The API's base path. */
  public static final String BASE = "/record-locator/consumer/FHIR/R4";

  /** The code system of NRL's error codes, as the consumer spec's error examples show it. */
  private static final String ERROR_CODES = "https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode";
  private static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number|";
  private static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code|";
  private static final String SNOMED = Coding.SNOMED_CT + "|";
  private static final String SUMMARY = "_summary";
  private static final Set<String> SEARCH_PARAMETERS =
      Set.of("subject:identifier", "custodian:identifier", "type", "category", SUMMARY);

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
      return Outcomes.error(400, "error", "required", ERROR_CODES, null, "PRECONDITION_FAILED", "Precondition failed",
          "The NHSD-End-User-Organisation-ODS header is missing or invalid");
    }
    if (!"GET".equals(request.getMethod())) {
      return error(400, "invalid", "BAD_REQUEST", "Bad request", "This sandbox answers GET requests only");
    }
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(4, url.pathSize()); // after record-locator/consumer/FHIR/R4
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
    MockResponse invalid = parameters(url, query);
    if (invalid != null) {
      return invalid;
    }
    List<DocumentReference> found = POINTERS.stream().filter(filter(query)).toList();
    List<Bundle.Entry> entries = new ArrayList<>();
    if (!query.containsKey(SUMMARY)) {
      found.forEach(pointer -> entries.add(new Bundle.Entry(null, pointer, null, UnknownElements.none())));
    }
    return Responses.fhir(200, FhirJson.encode(new Bundle(null, null, "searchset", null, found.size(), List.of(),
        entries, UnknownElements.none())));
  }

  /** Checks the query as NRL does, filling {@code query}; returns the error answer, or null if it is valid. */
  private static @Nullable MockResponse parameters(HttpUrl url, Map<String, String> query) {
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      boolean known = SEARCH_PARAMETERS.contains(name);
      if (!known || value == null || query.put(name, value) != null
          || (name.equals(SUMMARY) && !value.equals("count"))) {
        return error(400, "invalid", "INVALID_PARAMETER", "Invalid parameter",
            "Invalid query parameter (" + (known ? name : "unexpected parameter") + ")");
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

  private static MockResponse notFound(String diagnostics) {
    return error(404, "not-found", "NO_RECORD_FOUND", "No record found", diagnostics);
  }

  private static MockResponse error(int status, String issueCode, String nhsCode, String display,
      String diagnostics) {
    return Outcomes.error(status, "error", issueCode, ERROR_CODES, "1", nhsCode, display, diagnostics);
  }
}
