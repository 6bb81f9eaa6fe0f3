package dev.nhsapi.websitecontent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RateLimitedException;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.support.TestClients;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebsiteContentClientTest {
  static final String BASE = "/nhs-website-content";
  static final String KEY = "test-content-key";

  /** A page written for these tests, in the API's shape: both section forms, links and members not modelled. */
  static final String PAGE = """
      {"@context":"http://schema.org","@type":"MedicalWebPage","name":"Hay fever",
       "author":{"@type":"Organization","name":"NHS website"},
       "description":"Test summary of a test page.","url":"https://example.test/nhs-website-content/conditions/hay-fever/",
       "genre":["Condition"],"keywords":"","lastReviewed":["2024-03-01T00:00:00+00:00","2027-03-01T00:00:00+00:00"],
       "dateModified":"2024-03-05T10:15:30+00:00",
       "hasPart":[{"@type":"HealthTopicContent","hasHealthAspect":"http://schema.org/SymptomsHealthAspect",
         "headline":"Test module","description":"Module summary.",
         "hasPart":[{"@type":"WebPageElement","headline":"","text":"<p>Module text.</p>"}]}],
       "relatedLink":[{"@type":"LinkRole","url":"https://example.test/nhs-website-content/conditions/hay-fever/",
         "linkRelationship":"Navigation","position":0,"name":"Hay fever"}],
       "mainEntityOfPage":[{"identifier":"0","name":"section heading","position":0,"@type":"WebPageElement",
         "mainEntityOfPage":[{"position":0,"text":"<p>First text.</p>","@type":"WebPageElement","name":"markdown",
           "headline":"First part"}],
         "description":"","hasPart":[{"position":0,"text":"<p>First text.</p>","@type":"WebPageElement",
           "name":"markdown","headline":"First part"}],"headline":"Check if it is a test"},
        {"@type":"WebPageElement","headline":"Second section","mainEntityOfPage":[{"text":"<p>Only here.</p>"}]}],
       "webpage":"https://www.nhs.uk/conditions/hay-fever/"}""";

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();

  WebsiteContentClient content() {
    return TestClients.against(server).credentials(ApiKeyCredentials.of(KEY)).build().websiteContent();
  }

  static MockResponse json(int status, String body) {
    return TestClients.json(status, "application/json", body);
  }

  static String summary(String slug) {
    return """
        {"description":"About %s.","linkRelationship":"Result","@type":"LinkRole","articleStatus":"published",
         "mainEntityOfPage":{"@type":"MedicalWebPage","genre":["Condition"],"datePublished":"2020-01-01T00:00:00+00:00",
          "dateModified":"2024-01-02T03:04:05+00:00","lastReviewed":["2023-01-01T00:00:00+00:00",
          "2026-01-01T00:00:00+00:00"],"alternateName":["Other %s"]},
         "url":"https://example.test/nhs-website-content/conditions/%s/","name":"Name %s"}"""
        .formatted(slug, slug, slug, slug);
  }

  /** A list page: its results, and a Next Page link if {@code next} is not null. */
  static MockResponse list(String next, String... slugs) {
    String results = Stream.of(slugs).map(WebsiteContentClientTest::summary).collect(Collectors.joining(","));
    String nextLink = next == null ? "" : ",{\"@type\":\"LinkRole\",\"url\":\"" + next + "\",\"name\":\"Next Page\","
        + "\"description\":\"Link to Next Page\",\"linkRelationship\":\"Pagination\"}";
    return json(200, "{\"@type\":\"MedicalWebPage\",\"name\":\"Health A to Z\",\"significantLink\":[" + results
        + "],\"relatedLink\":[{\"@type\":\"LinkRole\",\"url\":\"https://example.test/first\",\"name\":\"First Page\","
        + "\"linkRelationship\":\"Pagination\"}" + nextLink + "]}");
  }

  @Test
  void readsAPageWithTheApiKeyAndDecodesItsSectionsModulesLinksAndDates() throws Exception {
    server.enqueue(json(200, PAGE));

    ContentPage page = content().read(ContentArea.CONDITIONS, "hay-fever");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo(BASE + "/conditions/hay-fever");
    assertThat(request.getHeaders().get("apikey")).isEqualTo(KEY);
    assertThat(request.getHeaders().get("X-Request-ID")).isNotBlank();
    assertThat(page.type()).isEqualTo("MedicalWebPage");
    assertThat(page.name()).isEqualTo("Hay fever");
    assertThat(page.description()).isEqualTo("Test summary of a test page.");
    assertThat(page.url()).isEqualTo("https://example.test/nhs-website-content/conditions/hay-fever/");
    assertThat(page.webpage()).isEqualTo("https://www.nhs.uk/conditions/hay-fever/");
    assertThat(page.genres()).containsExactly("Condition");
    assertThat(page.dateModified()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:15:30Z"));
    assertThat(page.lastReviewed()).isEqualTo(OffsetDateTime.parse("2024-03-01T00:00:00Z"));
    assertThat(page.nextReview()).isEqualTo(OffsetDateTime.parse("2027-03-01T00:00:00Z"));
    assertThat(page.sections()).extracting(ContentSection::headline)
        .containsExactly("Check if it is a test", "Second section");
    ContentSection first = page.sections().get(0);
    assertThat(first.name()).isEqualTo("section heading");
    assertThat(first.parts()).extracting(ContentSection::headline, ContentSection::text)
        .containsExactly(tuple("First part", "<p>First text.</p>"));
    assertThat(page.sections().get(1).parts()).extracting(ContentSection::text).containsExactly("<p>Only here.</p>");
    assertThat(page.modules()).singleElement().satisfies(module -> {
      assertThat(module.type()).isEqualTo("HealthTopicContent");
      assertThat(module.description()).isEqualTo("Module summary.");
      assertThat(module.parts()).extracting(ContentSection::text).containsExactly("<p>Module text.</p>");
    });
    assertThat(page.relatedLinks()).singleElement().satisfies(link -> {
      assertThat(link.name()).isEqualTo("Hay fever");
      assertThat(link.relationship()).isEqualTo("Navigation");
    });
    assertThat(page.results()).isEmpty();
    assertThat(page).asString().isEqualTo("ContentPage[name=Hay fever, url=https://example.test/nhs-website-content/"
        + "conditions/hay-fever/, sections=2, modules=1, results=0]");
  }

  @Test
  void keepsEveryMemberItDoesNotModel() {
    server.enqueue(json(200, PAGE));

    ContentPage page = content().read(ContentArea.CONDITIONS, "hay-fever");

    assertThat(page.unknown().names()).containsExactly("@context", "author", "keywords");
    assertThat(page.unknown().asMap().get("author"))
        .isEqualTo(Map.of("@type", "Organization", "name", "NHS website"));
    ContentSection first = page.sections().get(0);
    assertThat(first.unknown().names()).containsExactly("identifier", "position", "mainEntityOfPage");
    assertThat(first.unknown().asMap().get("mainEntityOfPage")).asInstanceOf(LIST).singleElement()
        .asInstanceOf(MAP).containsEntry("headline", "First part");
    assertThat(page.modules().get(0).unknown().names()).containsExactly("hasHealthAspect");
    assertThat(page.relatedLinks().get(0).unknown().names()).containsExactly("@type", "position");
  }

  @Test
  void readsAGenreOrLastReviewedGivenAsOneStringAndNullsAsAbsent() {
    server.enqueue(json(200, """
        {"name":"Test","genre":"Medicine","lastReviewed":"2024-01-01T00:00:00+01:00","description":null,
         "dateModified":""}"""));

    ContentPage page = content().read(ContentArea.MEDICINES, "paracetamol-for-adults");

    assertThat(page.genres()).containsExactly("Medicine");
    assertThat(page.lastReviewed()).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00+01:00"));
    assertThat(page.nextReview()).isNull();
    assertThat(page.description()).isNull();
    assertThat(page.dateModified()).isNull();
    assertThat(page.sections()).isEmpty();
  }

  @Test
  void readsSectionsNestedSixteenDeep() {
    server.enqueue(json(200, "{\"name\":\"a\",\"hasPart\":" + "[{\"hasPart\":".repeat(15) + "[{\"text\":\"t\"}]"
        + "}]".repeat(15) + "}"));

    ContentSection section = content().read(ContentArea.CONDITIONS, "asthma").modules().get(0);
    for (int depth = 2; depth <= 16; depth++) {
      section = section.parts().get(0);
    }
    assertThat(section.text()).isEqualTo("t");
  }

  @Test
  void readsEachAreaUnderItsOwnPath() throws Exception {
    for (ContentArea area : ContentArea.values()) {
      server.enqueue(json(200, "{\"name\":\"Test\"}"));
      content().read(area, "test-page-1");
      assertThat(server.takeRequest().getTarget()).isEqualTo(BASE + area.path() + "/test-page-1");
    }
    assertThat(ContentArea.TESTS_AND_TREATMENTS.path()).isEqualTo("/tests-and-treatments");
    assertThat(ContentArea.values()).hasSize(9);
  }

  @Test
  void searchesWithEachParameterAndFollowsNextPageLinksLazilyEachWithItsOwnRequestId() throws Exception {
    server.enqueue(list(server.url(BASE + "/conditions/?category=A&page=2").toString(), "a1", "a2"));
    server.enqueue(list(null, "a3"));
    ContentSearch search = ContentSearch.builder().category('a').order(ContentSearch.Order.OLDEST)
        .orderBy(ContentSearch.OrderBy.LAST_REVIEWED).startDate(LocalDate.of(2024, 1, 1))
        .endDate(LocalDate.of(2024, 12, 31)).synonyms(true).childArticles(false).modules(true).build();

    List<ContentSummary> found = content().search(ContentArea.CONDITIONS, search, 10).toList();

    assertThat(found).extracting(ContentSummary::name).containsExactly("Name a1", "Name a2", "Name a3");
    RecordedRequest first = server.takeRequest();
    assertThat(first.getTarget()).isEqualTo(BASE + "/conditions?category=A&order=oldest&orderBy=lastReviewed"
        + "&startDate=2024-01-01&endDate=2024-12-31&synonyms=true&childArticles=false&modules=true");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getTarget()).isEqualTo(BASE + "/conditions?category=A&page=2");
    assertThat(second.getHeaders().get("apikey")).isEqualTo(KEY);
    assertThat(second.getHeaders().get("X-Request-ID")).isNotEqualTo(first.getHeaders().get("X-Request-ID"));
    assertThat(search).asString().isEqualTo("ContentSearch[category=A, order=oldest, orderBy=lastReviewed, "
        + "startDate=2024-01-01, endDate=2024-12-31, synonyms=true, childArticles=false, modules=true]");
  }

  @Test
  void readWithResponseSendsTheOptionsAndReturnsTheStatusAndIds() throws Exception {
    server.enqueue(json(200, PAGE));

    NhsResponse<ContentPage> response = content().readWithResponse(ContentArea.CONDITIONS, "hay-fever",
        TestClients.TRACED);

    RecordedRequest request = server.takeRequest();
    TestClients.assertTraced(request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.correlationId()).isEqualTo("trace-1");
    assertThat(response.requestId()).isEqualTo(request.getHeaders().get("X-Request-ID"));
    assertThat(response.value().name()).isEqualTo("Hay fever");
  }

  @Test
  void searchSendsTheOptionsWithEveryPagesCallAndRefusesARequestId() throws Exception {
    server.enqueue(list(server.url(BASE + "/conditions/?page=2").toString(), "a1"));
    server.enqueue(list(null, "a2"));

    assertThat(content().search(ContentArea.CONDITIONS, ContentSearch.all(), 10, TestClients.TRACED)).hasSize(2);

    TestClients.assertTraced(server.takeRequest());
    TestClients.assertTraced(server.takeRequest());
    TestClients.assertRefusesARequestId(server,
        options -> content().search(ContentArea.CONDITIONS, ContentSearch.all(), 10, options));
  }

  @Test
  void decodesEachListedPagesDatesAndKeepsItsOtherMembers() {
    server.enqueue(list(null, "a1"));

    ContentSummary summary = content().search(ContentArea.CONDITIONS, ContentSearch.all(), 5).findFirst().orElseThrow();

    assertThat(summary.url()).isEqualTo("https://example.test/nhs-website-content/conditions/a1/");
    assertThat(summary.description()).isEqualTo("About a1.");
    assertThat(summary.genres()).containsExactly("Condition");
    assertThat(summary.dateModified()).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    assertThat(summary.lastReviewed()).isEqualTo(OffsetDateTime.parse("2023-01-01T00:00:00Z"));
    assertThat(summary.nextReview()).isEqualTo(OffsetDateTime.parse("2026-01-01T00:00:00Z"));
    assertThat(summary.unknown().names())
        .containsExactly("linkRelationship", "@type", "articleStatus", "mainEntityOfPage");
    assertThat(summary.unknown().asMap().get("mainEntityOfPage")).asInstanceOf(
        MAP).containsOnlyKeys("@type", "datePublished", "alternateName");
  }

  @Test
  void fetchesNoPageBeyondTheMaximumAndEndsAtTheLastOrAnEmptyPage() {
    String next = server.url(BASE + "/conditions/?page=2").toString();
    server.enqueue(list(next, "a1", "a2"));
    assertThat(content().search(ContentArea.CONDITIONS, ContentSearch.all(), 2).toList()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(list(null, "a1"));
    assertThat(content().search(ContentArea.CONDITIONS, ContentSearch.all(), 100).toList()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);

    server.enqueue(list(next));
    assertThat(content().search(ContentArea.CONDITIONS, ContentSearch.all(), 100).toList()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void searchesMakeNoCallUntilTheStreamIsConsumed() {
    content().search(ContentArea.MEDICINES, ContentSearch.all(), 5);

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void refusesANextPageLinkToAnotherHostWithoutCallingIt() {
    server.enqueue(list(elsewhere.url(BASE + "/conditions/?page=2").toString(), "a1"));

    assertThatThrownBy(() -> content().search(ContentArea.CONDITIONS, ContentSearch.all(), 5).toList())
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("the search's next-page link points outside the website-content API");
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void refusesANextPageLinkTheSdkCannotSendAsATypedException() {
    server.enqueue(list(server.url(BASE + "/conditions/?=2").toString(), "a1"));

    assertThatThrownBy(() -> content().search(ContentArea.CONDITIONS, ContentSearch.all(), 5).toList())
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("the search's next-page link is not a path and query the website-content API takes");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void mapsTheApisNotFoundAndRateLimitAnswersToTypedExceptions() {
    server.enqueue(json(404, "{\"statusCode\":404,\"message\":\"Resource not found\"}"));
    server.enqueue(json(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}"));

    assertThatThrownBy(() -> content().read(ContentArea.CONDITIONS, "no-such-page"))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.details().description()).isEqualTo("Resource not found"));
    assertThatThrownBy(() -> content().search(ContentArea.CONDITIONS, ContentSearch.all(), 5).toList())
        .isInstanceOf(RateLimitedException.class);
  }

  static Stream<Arguments> malformed() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    return Stream.of(
        Arguments.of("name a number", "{\"name\":12345}", "expected a string but found number at path $.name"),
        Arguments.of("name missing", "{\"description\":\"secret-text\"}", "missing name at path $"),
        Arguments.of("page an array", "[\"secret-text\"]", "expected a page object but found begin_array"),
        Arguments.of("genre a number", "{\"name\":\"secret-text\",\"genre\":[7]}", "at path $.genre[0]"),
        Arguments.of("date not a date", "{\"name\":\"a\",\"dateModified\":\"secret-text\"}",
            "expected an ISO 8601 date-time with an offset at path $.dateModified"),
        Arguments.of("three review dates", "{\"name\":\"a\",\"lastReviewed\":[\"2024-01-01T00:00:00Z\","
            + "\"2024-01-01T00:00:00Z\",\"secret-text\"]}", "expected at most two review dates"),
        Arguments.of("sections an object", "{\"name\":\"a\",\"mainEntityOfPage\":{\"text\":\"secret-text\"}}",
            "expected an array but found begin_object at path $.mainEntityOfPage"),
        Arguments.of("section text a boolean", "{\"name\":\"a\",\"hasPart\":[{\"text\":true}]}",
            "at path $.hasPart[0].text"),
        Arguments.of("link without url", "{\"name\":\"a\",\"relatedLink\":[{\"name\":\"secret-text\"}]}",
            "missing url at path $.relatedLink[0]"),
        Arguments.of("listed page metadata a string", "{\"name\":\"a\",\"significantLink\":[{\"name\":\"n\","
            + "\"url\":\"u\",\"mainEntityOfPage\":\"secret-text\"}]}", "at path $.significantLink[0].mainEntityOfPage"),
        Arguments.of("duplicate member", "{\"name\":\"a\",\"name\":\"secret-text\"}", "duplicate member 'name'"),
        Arguments.of("sections 17 deep", "{\"name\":\"a\",\"mainEntityOfPage\":"
            + "[{\"mainEntityOfPage\":".repeat(17) + "[]" + "}]".repeat(17) + "}",
            "sections nested more than 16 deep at path $.mainEntityOfPage[0]"),
        Arguments.of("deep nesting", "{\"name\":\"a\",\"extra\":" + deep + "}", "Nesting too deep at $.extra"),
        Arguments.of("not JSON", "<html>secret-text</html>", "malformed JSON at path $"),
        Arguments.of("two documents", "{\"name\":\"a\"}{\"secret-text\":1}", "malformed JSON at path $"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void refusesAMalformedPageWithADecodeExceptionThatNamesTheRuleNotTheContent(String name, String body,
      String rule) {
    server.enqueue(json(200, body));

    Throwable thrown = catchThrowable(() -> content().read(ContentArea.CONDITIONS, "asthma"));

    assertThat(thrown).isExactlyInstanceOf(NhsDecodeException.class).hasMessageContaining(rule)
        .hasMessageNotContaining("secret-text");
    if (!rule.startsWith("malformed")) {
      assertThat(thrown).hasMessageContaining("not valid NHS website content JSON: ");
    }
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("slug upper case", (Input) c -> c.read(ContentArea.CONDITIONS, "Asthma"),
            IllegalArgumentException.class, "lowercase letters, digits and single hyphens"),
        Arguments.of("slug with a slash", (Input) c -> c.read(ContentArea.CONDITIONS, "asthma/../x"),
            IllegalArgumentException.class, "lowercase letters, digits and single hyphens"),
        Arguments.of("slug with a space", (Input) c -> c.read(ContentArea.CONDITIONS, "hay fever"),
            IllegalArgumentException.class, "lowercase letters, digits and single hyphens"),
        Arguments.of("slug leading hyphen", (Input) c -> c.read(ContentArea.CONDITIONS, "-asthma"),
            IllegalArgumentException.class, "lowercase letters, digits and single hyphens"),
        Arguments.of("slug double hyphen", (Input) c -> c.read(ContentArea.CONDITIONS, "hay--fever"),
            IllegalArgumentException.class, "lowercase letters, digits and single hyphens"),
        Arguments.of("slug empty", (Input) c -> c.read(ContentArea.CONDITIONS, ""),
            IllegalArgumentException.class, "1 to 100"),
        Arguments.of("slug too long", (Input) c -> c.read(ContentArea.CONDITIONS, "a".repeat(101)),
            IllegalArgumentException.class, "1 to 100"),
        Arguments.of("slug null", (Input) c -> c.read(ContentArea.CONDITIONS, null),
            NullPointerException.class, "slug == null"),
        Arguments.of("area null", (Input) c -> c.read(null, "asthma"), NullPointerException.class, "area == null"),
        Arguments.of("search null", (Input) c -> c.search(ContentArea.CONDITIONS, null, 5),
            NullPointerException.class, "search == null"),
        Arguments.of("search max results", (Input) c -> c.search(ContentArea.CONDITIONS, ContentSearch.all(), 0),
            IllegalArgumentException.class, "maxResults must be at least 1"),
        Arguments.of("category a digit", (Input) c -> ContentSearch.builder().category('1'),
            IllegalArgumentException.class, "category must be a letter from A to Z"),
        Arguments.of("dates without orderBy", (Input) c -> ContentSearch.builder()
            .startDate(LocalDate.of(2024, 1, 1)).build(), IllegalStateException.class, "set orderBy too"),
        Arguments.of("end before start", (Input) c -> ContentSearch.builder()
            .orderBy(ContentSearch.OrderBy.DATE_MODIFIED).startDate(LocalDate.of(2024, 1, 2))
            .endDate(LocalDate.of(2024, 1, 1)).build(), IllegalStateException.class, "endDate is before startDate"));
  }

  /** A use of the client that must be refused. */
  @FunctionalInterface
  interface Input {
    void use(WebsiteContentClient content);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refusesInvalidInputBeforeAnyIo(String name, Input input, Class<? extends Throwable> type, String rule) {
    Throwable thrown = catchThrowable(() -> input.use(content()));

    assertThat(thrown).isExactlyInstanceOf(type).hasMessageContaining(rule);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void acceptsEveryLetterAsACategoryAndAnEmptyQuery() {
    IntStream.rangeClosed('a', 'z').forEach(letter -> assertThat(ContentSearch.builder().category((char) letter)
        .build().parameters()).containsExactly(Map.entry("category", String.valueOf((char) letter).toUpperCase(Locale.ROOT))));
    assertThat(ContentSearch.all().parameters()).isEmpty();
  }
}
