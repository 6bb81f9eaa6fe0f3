package dev.nhsapi.testing.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The NHS website content API (v2): pages written by this project for testing (clearly marked sample text, not
 * medical advice) in each of the API's areas, read by slug and listed 25 to a page with the API's
 * {@code Next Page} links, filtered by first letter and date and ordered by date. Callers need an {@code apikey}
 * of a registered application; refusals come as the gateway's faults, a missing page as the API's own
 * {@code {"statusCode":404,"message":...}}.
 */
public final class WebsiteContentSandbox {
  /** The API's base path. */
  public static final String BASE = "/nhs-website-content";

  /** Pages in one page of a list, as the API sends. */
  static final int PAGE_SIZE = 25;

  private static final Set<String> AREAS = Set.of("conditions", "medicines", "mental-health", "pregnancy",
      "live-well", "symptoms", "tests-and-treatments", "common-health-questions", "nhs-services");
  private static final Set<String> PARAMETERS = Set.of("page", "category", "order", "orderBy", "startDate",
      "endDate", "synonyms", "childArticles", "modules", "status");
  private static final Set<String> DATES = Set.of("dateModified", "lastReviewed", "nextReview");
  private static final Set<String> LETTERS = Set.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ".split(""));

  /** The published pages, read once: immutable, so every sandbox shares them. */
  private static final List<JsonObject> PAGES = load();
  private final Predicate<String> registeredApiKey;

  /**
   * Creates the API.
   *
   * @param registeredApiKey whether an API key belongs to a registered application
   */
  public WebsiteContentSandbox(Predicate<String> registeredApiKey) {
    this.registeredApiKey = registeredApiKey;
  }

  private static List<JsonObject> load() {
    try (JsonReader reader = Json.createReader(new StringReader(SandboxData.read("website-content.json")))) {
      return List.copyOf(reader.readArray().getValuesAs(JsonObject.class));
    }
  }

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request
   * @return the answer
   */
  public MockResponse handle(RecordedRequest request) {
    String apiKey = request.getHeaders().get("apikey");
    if (apiKey == null) {
      return Responses.missingApiKey();
    }
    if (!registeredApiKey.test(apiKey)) {
      return Responses.invalidApiKey();
    }
    if (!"GET".equals(request.getMethod())) {
      return error(405, "Method not allowed");
    }
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(1, url.pathSize()).stream()
        .filter(segment -> !segment.isEmpty()).toList(); // the API adds a trailing slash itself
    if (segments.isEmpty() || !AREAS.contains(segments.get(0)) || segments.size() > 2) {
      return notFound();
    }
    String area = segments.get(0);
    HttpUrl api = url.newBuilder().encodedPath(BASE + "/").query(null).build();
    if (segments.size() == 2) {
      return PAGES.stream().filter(p -> p.getString("area").equals(area) && p.getString("slug").equals(segments.get(1)))
          .findFirst().map(p -> Responses.json(200, page(api, p).toString())).orElseGet(WebsiteContentSandbox::notFound);
    }
    return list(api, area, url);
  }

  private static JsonObject page(HttpUrl api, JsonObject page) {
    String self = address(api, page);
    JsonArrayBuilder sections = Json.createArrayBuilder();
    List<JsonObject> written = page.containsKey("sections") ? page.getJsonArray("sections")
        .getValuesAs(JsonObject.class) : List.of(Json.createObjectBuilder().add("headline", "About this page")
        .add("text", "<p>Sandbox content for testing. This is not medical advice.</p>").build());
    for (int i = 0; i < written.size(); i++) {
      JsonObject element = Json.createObjectBuilder().add("position", 0).add("identifier", "1")
          .add("@type", "WebPageElement").add("name", "markdown").add("headline", "")
          .add("text", written.get(i).getString("text")).build();
      sections.add(Json.createObjectBuilder().add("identifier", "0").add("name", "section heading")
          .add("position", i).add("@type", "WebPageElement").add("headline", written.get(i).getString("headline"))
          .add("description", "").add("mainEntityOfPage", Json.createArrayBuilder().add(element))
          .add("hasPart", Json.createArrayBuilder().add(element)));
    }
    JsonObjectBuilder json = header(page.getString("name"), page.getString("description"), self)
        .add("genre", Json.createArrayBuilder().add(page.getString("genre")))
        .add("lastReviewed", reviewDates(page))
        .add("dateModified", page.getString("dateModified"))
        .add("relatedLink", Json.createArrayBuilder().add(Json.createObjectBuilder().add("@type", "LinkRole")
            .add("url", self).add("linkRelationship", "Navigation").add("position", 0)
            .add("name", page.getString("name"))))
        .add("mainEntityOfPage", sections);
    if (page.containsKey("modules")) {
      JsonArrayBuilder modules = Json.createArrayBuilder();
      for (JsonObject module : page.getJsonArray("modules").getValuesAs(JsonObject.class)) {
        modules.add(Json.createObjectBuilder().add("@type", "HealthTopicContent").add("url", self + "#symptoms")
            .add("headline", module.getString("headline")).add("description", module.getString("description"))
            .add("hasPart", Json.createArrayBuilder().add(Json.createObjectBuilder().add("@type", "WebPageElement")
                .add("headline", "").add("text", module.getString("text")))));
      }
      json.add("hasPart", modules);
    }
    return json.add("webpage", "https://www.nhs.uk/" + page.getString("area") + "/" + page.getString("slug") + "/")
        .build();
  }

  private MockResponse list(HttpUrl api, String area, HttpUrl url) {
    ListQuery query;
    try {
      query = ListQuery.of(url, area);
    } catch (IllegalArgumentException e) {
      return error(400, Objects.requireNonNullElse(e.getMessage(), "Invalid query"));
    }
    List<Listing> found = listings(query.synonyms()).stream().filter(query.matches()).sorted(query.ordering())
        .toList();
    int last = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    JsonArrayBuilder results = Json.createArrayBuilder();
    found.stream().skip((long) (query.page() - 1) * PAGE_SIZE).limit(PAGE_SIZE)
        .forEach(listing -> results.add(summary(api, listing)));
    HttpUrl self = api.newBuilder().addPathSegment(area).addPathSegment("").encodedQuery(url.encodedQuery())
        .build();
    JsonArrayBuilder links = Json.createArrayBuilder()
        .add(pagination(self, 1, "First Page"))
        .add(pagination(self, last, "Last Page"))
        .add(Json.createObjectBuilder().add("@type", "LinkRole").add("url", self.toString()).add("name", "Self")
            .add("description", "Link to nhs.uk Page").add("linkRelationship", "Self"));
    if (query.page() < last) {
      links.add(pagination(self, query.page() + 1, "Next Page"));
    }
    JsonObject json = header(title(area), "", api.newBuilder().addPathSegment(area).addPathSegment("").build()
        .toString()).add("significantLink", results).add("relatedLink", links)
        .add("webpage", "https://www.nhs.uk/" + area + "/").build();
    return Responses.json(200, json.toString());
  }

  /** A list request's parameters: which listings match, in what order, which page of them. */
  private record ListQuery(Predicate<Listing> matches, Comparator<Listing> ordering, boolean synonyms, int page) {
    /** Reads the parameters; an {@link IllegalArgumentException}'s message is the API's answer to bad ones. */
    static ListQuery of(HttpUrl url, String area) {
      Predicate<Listing> matches = listing -> listing.page().getString("area").equals(area);
      boolean synonyms = false;
      int page = 1;
      String order = null;
      String orderBy = null;
      LocalDate start = null;
      LocalDate end = null;
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        String value = url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i);
        if (!PARAMETERS.contains(name)) {
          throw new IllegalArgumentException("Unknown query parameter");
        }
        try {
          switch (name) {
            case "page" -> page = Integer.parseInt(value);
            case "category" -> {
              String letter = oneOf(value.toUpperCase(Locale.ROOT), LETTERS);
              matches = matches.and(listing -> listing.name().toUpperCase(Locale.ROOT).startsWith(letter));
            }
            case "order" -> order = oneOf(value, Set.of("newest", "oldest"));
            case "orderBy" -> orderBy = oneOf(value, DATES);
            case "startDate" -> start = LocalDate.parse(value);
            case "endDate" -> end = LocalDate.parse(value);
            case "synonyms" -> synonyms = bool(value);
            case "status" -> {
              boolean published = oneOf(value, Set.of("published", "unpublished")).equals("published");
              matches = matches.and(listing -> published);
            }
            default -> bool(value); // childArticles and modules: the sandbox's pages have neither
          }
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new IllegalArgumentException("Invalid value for query parameter " + name);
        }
      }
      if (page < 1) {
        throw new IllegalArgumentException("page must be 1 or more");
      }
      if ((start != null || end != null) && orderBy == null) {
        throw new IllegalArgumentException("startDate and endDate need orderBy");
      }
      String date = orderBy != null ? orderBy : "dateModified";
      Function<Listing, LocalDate> day = listing -> dateOf(listing.page(), date)
          .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      LocalDate from = start;
      LocalDate to = end;
      matches = matches.and(listing -> (from == null || !day.apply(listing).isBefore(from))
          && (to == null || !day.apply(listing).isAfter(to)));
      Comparator<Listing> ordering = Comparator.comparing(listing -> listing.name().toLowerCase(Locale.ROOT));
      if (order != null || orderBy != null) {
        Comparator<Listing> byDate = Comparator.comparing(listing -> dateOf(listing.page(), date));
        ordering = "oldest".equals(order) ? byDate : byDate.reversed();
      }
      return new ListQuery(matches, ordering, synonyms, page);
    }
  }

  /** One entry of a list: a page under its own name, or, with synonyms, under one of its other names. */
  private record Listing(String name, JsonObject page) {}

  private List<Listing> listings(boolean synonyms) {
    List<Listing> listings = new ArrayList<>();
    for (JsonObject page : PAGES) {
      listings.add(new Listing(page.getString("name"), page));
      if (synonyms) {
        page.getJsonArray("alternateNames").getValuesAs(jakarta.json.JsonString.class)
            .forEach(name -> listings.add(new Listing(name.getString(), page)));
      }
    }
    return listings;
  }

  private static JsonObject summary(HttpUrl api, Listing listing) {
    JsonObject page = listing.page();
    JsonArrayBuilder alternateNames = Json.createArrayBuilder(page.getJsonArray("alternateNames"));
    return Json.createObjectBuilder().add("description", page.getString("description"))
        .add("linkRelationship", "Result").add("@type", "LinkRole").add("articleStatus", "published")
        .add("mainEntityOfPage", Json.createObjectBuilder().add("@type", "MedicalWebPage")
            .add("genre", Json.createArrayBuilder().add(page.getString("genre")))
            .add("dateModified", page.getString("dateModified")).add("lastReviewed", reviewDates(page))
            .add("reviewDue", page.getString("nextReview")).add("keywords", "")
            .add("alternateName", alternateNames))
        .add("url", address(api, page)).add("name", listing.name()).build();
  }

  private static JsonObjectBuilder header(String name, String description, String url) {
    return Json.createObjectBuilder().add("@context", "http://schema.org").add("@type", "MedicalWebPage")
        .add("name", name)
        .add("license", "Sandbox content written for testing; not NHS website content")
        .add("about", Json.createObjectBuilder().add("@type", "WebPage").add("name", name))
        .add("description", description).add("url", url).add("keywords", "");
  }

  private static JsonObject pagination(HttpUrl self, int page, String name) {
    return Json.createObjectBuilder().add("@type", "LinkRole")
        .add("url", self.newBuilder().removeAllQueryParameters("page")
            .addQueryParameter("page", Integer.toString(page)).build().toString())
        .add("name", name).add("description", "Link to " + name).add("linkRelationship", "Pagination").build();
  }

  private static JsonArray reviewDates(JsonObject page) {
    return Json.createArrayBuilder().add(page.getString("lastReviewed")).add(page.getString("nextReview")).build();
  }

  private static OffsetDateTime dateOf(JsonObject page, String date) {
    return OffsetDateTime.parse(page.getString(date));
  }

  private static String address(HttpUrl api, JsonObject page) {
    return api.newBuilder().addPathSegment(page.getString("area")).addPathSegment(page.getString("slug"))
        .addPathSegment("").build().toString();
  }

  private static String title(String area) {
    return Optional.of(area).filter("conditions"::equals).map(a -> "Health A to Z")
        .orElseGet(() -> Character.toUpperCase(area.charAt(0)) + area.substring(1).replace('-', ' '));
  }

  private static String oneOf(String value, Set<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException("not one of " + allowed);
    }
    return value;
  }

  private static boolean bool(String value) {
    return oneOf(value, Set.of("true", "false")).equals("true");
  }

  private static MockResponse notFound() {
    return error(404, "Resource not found");
  }

  private static MockResponse error(int status, String message) {
    return Responses.json(status, Json.createObjectBuilder().add("statusCode", status).add("message", message)
        .build().toString());
  }
}
