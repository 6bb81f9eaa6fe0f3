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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The Organisation Data Service (ODS) terminology FHIR API: a handful of organisations written by this project
 * (the GP practice {@code Y12345} the PDS sandbox patients are registered with, another practice, pharmacies and a
 * trust), read by ODS code and searched by name, postcode, role and last change, in pages with {@code next} links;
 * and their relationships ({@code OrganizationAffiliation}) as the ODS specification shows them: the source
 * organisation in {@code organization}, the target in {@code participatingOrganization}, the kind an
 * {@code ODSRelationship} code (organisation-data-terminology-api, specification/organisation-data-terminology-api.yaml).
 */
public final class OdsSandbox {
  /** The API's base path. */
  public static final String BASE = "/organisation-data-terminology-api/fhir";

  private static final String ROLE_EXTENSION =
      "https://fhir.nhs.uk/England/StructureDefinition/Extension-England-OrganisationRole";
  private static final Set<String> PARAMETERS = Set.of("name", "name:contains", "name:exact",
      "address-postalcode", "roleCode", "lastChangeDate", "_count", "_offset");
  private static final int DEFAULT_PAGE_SIZE = 20;

  private static final Set<String> AFFILIATION_PARAMETERS =
      Set.of("primary-organization", "participating-organization", "active", "_include", "_count", "_offset");
  private static final String INCLUDE = "OrganizationAffiliation:";

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
    Predicate<OrganizationAffiliation> matches = a -> true;
    boolean organisationNamed = false;
    List<Function<OrganizationAffiliation, Optional<String>>> includes = new ArrayList<>();
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
          case "primary-organization", "participating-organization" -> {
            Function<OrganizationAffiliation, Optional<String>> side = side(name);
            matches = matches.and(a -> side.apply(a).orElse("").equalsIgnoreCase(value));
            organisationNamed = true;
          }
          case "active" -> {
            Boolean active = switch (value) {
              case "true" -> true;
              case "false" -> false;
              default -> throw new NumberFormatException("active is true or false");
            };
            matches = matches.and(a -> active.equals(a.active()));
          }
          case "_include" -> {
            if (!value.startsWith(INCLUDE) || !Set.of("primary-organization", "participating-organization")
                .contains(value.substring(INCLUDE.length()))) {
              return invalidParameter("_include takes OrganizationAffiliation:primary-organization or "
                  + "OrganizationAffiliation:participating-organization");
            }
            includes.add(side(value.substring(INCLUDE.length())));
          }
          case "_count" -> pageSize = Integer.parseInt(value);
          default -> offset = Integer.parseInt(value);
        }
      }
    } catch (NumberFormatException e) {
      return invalidParameter("A search parameter has an invalid value");
    }
    if (!organisationNamed || pageSize < 1 || offset < 0) {
      return invalidParameter("primary-organization or participating-organization is required; _count must be "
          + "positive and _offset not negative");
    }
    List<OrganizationAffiliation> found = AFFILIATIONS.stream().filter(matches).toList();
    return page(url, found, pageSize, offset, affiliation -> includes.stream()
        .flatMap(side -> ORGANIZATIONS.stream().filter(o -> o.odsCode().equals(side.apply(affiliation)))).toList());
  }

  /** The ODS code of an affiliation's source (primary) or target (participating) organisation. */
  private static Function<OrganizationAffiliation, Optional<String>> side(String parameter) {
    return parameter.equals("primary-organization") ? OrganizationAffiliation::organizationOdsCode
        : OrganizationAffiliation::participatingOrganizationOdsCode;
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
      case "roleCode" -> o -> List.of(value.split(",", -1)).stream().anyMatch(roles(o)::contains);
      case "lastChangeDate" -> lastChanged(value);
      default -> throw new IllegalArgumentException("unhandled parameter " + name);
    };
  }

  /** {@code lastChangeDate}: {@code gt} or {@code lt} and a date, or a bare date for that day. */
  private static Predicate<Organization> lastChanged(String value) {
    String prefix = value.startsWith("gt") || value.startsWith("lt") ? value.substring(0, 2) : "";
    LocalDate date = LocalDate.parse(value.substring(prefix.length()));
    return o -> o.meta() != null && o.meta().lastUpdated() != null && o.meta().lastUpdated().toOffsetDateTime()
        .map(updated -> switch (prefix) {
          case "gt" -> updated.toLocalDate().isAfter(date);
          case "lt" -> updated.toLocalDate().isBefore(date);
          default -> updated.toLocalDate().isEqual(date);
        }).orElse(false);
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
