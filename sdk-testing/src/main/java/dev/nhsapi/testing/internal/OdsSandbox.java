package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.fhir.Resource;
import dev.nhsapi.fhir.UnknownElements;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The Organisation Data Service (ODS) terminology FHIR API: a handful of organisations written by this project
 * (the GP practice {@code Y12345} the PDS sandbox patients are registered with, another practice, pharmacies and a
 * trust), read by ODS code and searched by name, postcode, role and last change, in pages with {@code next} links.
 */
public final class OdsSandbox {
  /** The API's base path. */
  public static final String BASE = "/organisation-data-terminology-api/fhir";

  private static final String ROLE_EXTENSION =
      "https://fhir.nhs.uk/England/StructureDefinition/Extension-England-OrganisationRole";
  private static final Set<String> PARAMETERS = Set.of("name", "name:contains", "name:exact",
      "address-postalcode", "roleCode", "_lastUpdated", "_count", "_offset");
  private static final int DEFAULT_PAGE_SIZE = 20;

  private static final Set<String> AFFILIATION_PARAMETERS =
      Set.of("participating-organization", "active", "_include", "_count", "_offset");
  private static final String INCLUDE_PARTICIPATING = "OrganizationAffiliation:participating-organization";

  /** The published organisations and affiliations, read once: immutable, so every sandbox shares them. */
  private static final List<Organization> ORGANIZATIONS =
      SandboxData.resources("organisations.json", Organization.class);
  private static final List<OrganizationAffiliation> AFFILIATIONS =
      SandboxData.resources("organisation-affiliations.json", OrganizationAffiliation.class);

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request, whose caller passed the gateway's checks
   * @return the answer
   */
  public MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(2, url.pathSize()); // after organisation-data-.../fhir
    if (!"GET".equals(request.getMethod())) {
      return Outcomes.error(405, "error", "not-supported", "METHOD_NOT_ALLOWED", "Method not allowed",
          "This API is read-only");
    }
    if (segments.size() == 2 && segments.get(0).equals("Organization")) {
      return ORGANIZATIONS.stream().filter(o -> o.odsCode().orElse("").equalsIgnoreCase(segments.get(1)))
          .findFirst().map(o -> Responses.fhir(200, FhirJson.encode(o)))
          .orElseGet(() -> Outcomes.error(404, "information", "not-found", "RESOURCE_NOT_FOUND",
              "Resource not found", "No organisation has that ODS code"));
    }
    if (segments.size() == 1 && segments.get(0).equals("Organization")) {
      return search(url);
    }
    if (segments.size() == 1 && segments.get(0).equals("OrganizationAffiliation")) {
      return affiliations(url);
    }
    return Outcomes.error(404, "information", "not-found", "RESOURCE_NOT_FOUND", "Resource not found",
        "Unsupported path - '" + url.encodedPath() + "'");
  }

  private MockResponse search(HttpUrl url) {
    Predicate<Organization> matches = o -> true;
    int pageSize = DEFAULT_PAGE_SIZE;
    int offset = 0;
    try {
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        String value = url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i);
        if (!PARAMETERS.contains(name)) {
          return invalidParameter("Unknown search parameter '" + name + "'");
        }
        switch (name) {
          case "_count" -> pageSize = Integer.parseInt(value);
          case "_offset" -> offset = Integer.parseInt(value);
          default -> matches = matches.and(criterion(name, value));
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return invalidParameter("A search parameter has an invalid value");
    }
    if (pageSize < 1 || offset < 0) {
      return invalidParameter("_count must be positive and _offset not negative");
    }
    return page(url, ORGANIZATIONS.stream().filter(matches).toList(), pageSize, offset, r -> List.of());
  }

  private MockResponse affiliations(HttpUrl url) {
    String participating = null;
    Boolean active = null;
    boolean include = false;
    int pageSize = DEFAULT_PAGE_SIZE;
    int offset = 0;
    try {
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        String value = url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i);
        if (!AFFILIATION_PARAMETERS.contains(name)) {
          return invalidParameter("Unknown search parameter '" + name + "'");
        }
        switch (name) {
          case "participating-organization" -> participating = value;
          case "active" -> active = switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new NumberFormatException("active is true or false");
          };
          case "_include" -> {
            if (!value.equals(INCLUDE_PARTICIPATING)) {
              return invalidParameter("_include takes " + INCLUDE_PARTICIPATING + " only");
            }
            include = true;
          }
          case "_count" -> pageSize = Integer.parseInt(value);
          default -> offset = Integer.parseInt(value);
        }
      }
    } catch (NumberFormatException e) {
      return invalidParameter("A search parameter has an invalid value");
    }
    if (participating == null || pageSize < 1 || offset < 0) {
      return invalidParameter("participating-organization is required; _count must be positive and _offset not "
          + "negative");
    }
    String code = participating;
    Boolean wanted = active;
    List<OrganizationAffiliation> found = AFFILIATIONS.stream()
        .filter(a -> a.participatingOrganizationOdsCode().orElse("").equalsIgnoreCase(code))
        .filter(a -> wanted == null || wanted.equals(a.active())).toList();
    boolean included = include;
    return page(url, found, pageSize, offset, affiliation -> included ? ORGANIZATIONS.stream()
        .filter(o -> o.odsCode().equals(affiliation.participatingOrganizationOdsCode())).toList() : List.of());
  }

  /**
   * Answers one page of a search: the matches from {@code offset}, each page's included resources once after them,
   * and a {@code next} link while more matches follow.
   */
  private static <R extends Resource> MockResponse page(HttpUrl url, List<R> found, int pageSize, int offset,
      Function<R, List<Organization>> includes) {
    List<Bundle.Entry> entries = new ArrayList<>();
    Set<Resource> included = new LinkedHashSet<>();
    for (R match : found.subList(Math.min(offset, found.size()), Math.min(offset + pageSize, found.size()))) {
      entries.add(new Bundle.Entry(fullUrl(url, match), match, new Bundle.Search("match", null, UnknownElements.none()), UnknownElements.none()));
      included.addAll(includes.apply(match));
    }
    included.forEach(resource -> entries.add(new Bundle.Entry(fullUrl(url, resource), resource,
        new Bundle.Search("include", null, UnknownElements.none()), UnknownElements.none())));
    List<Bundle.Link> links = new ArrayList<>();
    links.add(new Bundle.Link("self", url.toString(), UnknownElements.none()));
    if (offset + pageSize < found.size()) {
      links.add(new Bundle.Link("next", url.newBuilder().removeAllQueryParameters("_offset")
          .addQueryParameter("_offset", Integer.toString(offset + pageSize)).build().toString(), UnknownElements.none()));
    }
    return Responses.fhir(200, FhirJson.encode(new Bundle(null, null, "searchset", null, found.size(), links,
        entries, UnknownElements.none())));
  }

  private static String fullUrl(HttpUrl url, Resource resource) {
    return url.newBuilder().query(null).encodedPath(BASE + "/" + resource.resourceType() + "/" + resource.id())
        .build().toString();
  }

  private static Predicate<Organization> criterion(String name, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return switch (name) {
      case "name" -> o -> o.name() != null && o.name().toLowerCase(Locale.ROOT).startsWith(lower);
      case "name:contains" -> o -> o.name() != null && o.name().toLowerCase(Locale.ROOT).contains(lower);
      case "name:exact" -> o -> value.equals(o.name());
      case "address-postalcode" -> o -> o.address().stream().anyMatch(a -> a.postalCode() != null
          && compact(a.postalCode()).equals(compact(value)));
      case "roleCode" -> o -> roles(o).contains(value);
      case "_lastUpdated" -> lastUpdatedSince(value);
      default -> throw new IllegalArgumentException("unhandled parameter " + name);
    };
  }

  private static Predicate<Organization> lastUpdatedSince(String value) {
    if (!value.startsWith("ge")) {
      throw new DateTimeParseException("the sandbox supports _lastUpdated=ge<date> only", value, 0);
    }
    LocalDate since = LocalDate.parse(value.substring(2));
    return o -> o.meta() != null && o.meta().lastUpdated() != null && o.meta().lastUpdated().toOffsetDateTime()
        .map(updated -> !updated.toLocalDate().isBefore(since)).orElse(false);
  }

  private static List<String> roles(Organization organization) {
    return organization.extension().stream().filter(e -> e.url().equals(ROLE_EXTENSION))
        .flatMap(e -> e.extension("roleCode").stream())
        .flatMap(role -> role.value(Coding.class).stream())
        .map(coding -> coding.code() == null ? "" : coding.code()).toList();
  }

  private static String compact(String postcode) {
    return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static MockResponse invalidParameter(String diagnostics) {
    return Outcomes.error(400, "error", "invalid", "INVALID_SEARCH_DATA", "Invalid search data", diagnostics);
  }
}
