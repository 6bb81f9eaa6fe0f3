package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.websitecontent.ContentArea;
import dev.nhsapi.websitecontent.ContentPage;
import dev.nhsapi.websitecontent.ContentSearch;
import dev.nhsapi.websitecontent.ContentSection;
import dev.nhsapi.websitecontent.ContentSummary;
import dev.nhsapi.websitecontent.WebsiteContentClient;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The NHS website content API through the SDK's WebsiteContentClient, against the sandbox's sample pages. */
class WebsiteContentSandboxTest {
  static final String KEY = "content-key";

  final NhsSandbox sandbox = NhsSandbox.start();

  @BeforeEach
  void register() {
    sandbox.registerApiKey(KEY);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  WebsiteContentClient content(Credentials credentials) {
    return NhsClient.builder().environment(sandbox.environment()).credentials(credentials)
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build().websiteContent();
  }

  WebsiteContentClient content() {
    return content(ApiKeyCredentials.of(KEY));
  }

  static List<String> names(List<ContentSummary> summaries) {
    return summaries.stream().map(ContentSummary::name).toList();
  }

  @Test
  void readsAConditionPageWithItsSectionsModulesAndDates() {
    ContentPage asthma = content().read(ContentArea.CONDITIONS, "asthma");

    assertThat(asthma.name()).isEqualTo("Asthma");
    assertThat(asthma.description()).contains("Sandbox content for testing");
    assertThat(asthma.url()).isEqualTo(sandbox.baseUrl() + "nhs-website-content/conditions/asthma/");
    assertThat(asthma.webpage()).isEqualTo("https://www.nhs.uk/conditions/asthma/");
    assertThat(asthma.genres()).containsExactly("Condition");
    assertThat(asthma.lastReviewed()).hasToString("2025-02-26T09:00Z");
    assertThat(asthma.nextReview()).hasToString("2028-02-26T09:00Z");
    assertThat(asthma.sections()).extracting(ContentSection::headline)
        .containsExactly("Check if it's asthma", "How asthma is treated", "Urgent advice");
    assertThat(asthma.sections().get(0).parts()).singleElement()
        .satisfies(part -> assertThat(part.text()).startsWith("<p>Sandbox content for testing"));
    assertThat(asthma.modules()).extracting(ContentSection::headline).containsExactly("Check if it's asthma");
    assertThat(asthma.unknown().names()).contains("@context", "license", "about", "keywords");
  }

  @Test
  void readsAMedicineAndAPageInEveryArea() {
    ContentPage paracetamol = content().read(ContentArea.MEDICINES, "paracetamol-for-adults");

    assertThat(paracetamol.genres()).containsExactly("Medicine");
    assertThat(paracetamol.sections()).extracting(ContentSection::headline)
        .containsExactly("About paracetamol for adults", "How and when to take it");
    for (ContentArea area : ContentArea.values()) {
      List<ContentSummary> listed = content().search(area, ContentSearch.all(), 50).toList();
      assertThat(listed).as(area.name()).isNotEmpty();
      String slug = listed.get(0).url().replaceAll(".*/([^/]+)/$", "$1");
      assertThat(content().read(area, slug).sections()).as(area.name()).isNotEmpty();
    }
  }

  @Test
  void answersAnUnknownPageWithTheApisNotFound() {
    assertThatThrownBy(() -> content().read(ContentArea.CONDITIONS, "no-such-condition"))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    assertThatThrownBy(() -> content().read(ContentArea.MEDICINES, "asthma"))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void listsTheHealthAtoZInPagesOf25OneCallPerPage() {
    List<ContentSummary> conditions = content().search(ContentArea.CONDITIONS, ContentSearch.all(), 100).toList();

    assertThat(conditions).hasSize(28);
    assertThat(names(conditions)).startsWith("Acne", "Allergies", "Anaemia", "Asthma").endsWith("Warts and verrucas")
        .isSorted();
    assertThat(sandbox.requests()).extracting(SandboxRequest::target).containsExactly(
        "/nhs-website-content/conditions", "/nhs-website-content/conditions?page=2");
    assertThat(sandbox.requests()).extracting(r -> r.headers().get("X-Request-ID")).doesNotHaveDuplicates();
  }

  @Test
  void fetchesOnlyTheFirstPageWhenItHoldsEnough() {
    assertThat(content().search(ContentArea.CONDITIONS, ContentSearch.all(), 25).toList()).hasSize(25);
    assertThat(sandbox.requests()).hasSize(1);
  }

  @Test
  void filtersByFirstLetterAndListsSynonymsWhenAsked() {
    assertThat(names(content().search(ContentArea.CONDITIONS, ContentSearch.builder().category('a').build(), 50)
        .toList())).containsExactly("Acne", "Allergies", "Anaemia", "Asthma");
    assertThat(names(content().search(ContentArea.CONDITIONS, ContentSearch.builder().category('A').synonyms(true)
        .build(), 50).toList()))
        .containsExactly("Acid reflux", "Acne", "Allergic rhinitis", "Allergies", "Anaemia", "Asthma",
            "Atopic eczema");
  }

  @Test
  void ordersByADateNewestFirstOrOldestFirst() {
    ContentSearch newest = ContentSearch.builder().orderBy(ContentSearch.OrderBy.DATE_MODIFIED).build();
    ContentSearch oldest = ContentSearch.builder().orderBy(ContentSearch.OrderBy.DATE_MODIFIED)
        .order(ContentSearch.Order.OLDEST).build();
    ContentSearch reviewDue = ContentSearch.builder().orderBy(ContentSearch.OrderBy.NEXT_REVIEW)
        .order(ContentSearch.Order.OLDEST).build();

    assertThat(names(content().search(ContentArea.CONDITIONS, newest, 3).toList()))
        .containsExactly("Flu", "Hay fever", "Asthma");
    assertThat(names(content().search(ContentArea.CONDITIONS, oldest, 3).toList()))
        .containsExactly("Cold sores", "Warts and verrucas", "Mumps");
    assertThat(names(content().search(ContentArea.CONDITIONS, reviewDue, 2).toList()))
        .containsExactly("Back pain", "Mumps");
  }

  @Test
  void filtersByDatesOnTheOrderByDate() {
    ContentSearch reviewedIn2025 = ContentSearch.builder().orderBy(ContentSearch.OrderBy.LAST_REVIEWED)
        .startDate(LocalDate.of(2025, 1, 1)).endDate(LocalDate.of(2025, 12, 31)).build();
    ContentSearch medicinesChangedSince = ContentSearch.builder().orderBy(ContentSearch.OrderBy.DATE_MODIFIED)
        .startDate(LocalDate.of(2024, 10, 22)).build();

    assertThat(names(content().search(ContentArea.CONDITIONS, reviewedIn2025, 50).toList()))
        .containsExactly("Flu", "Asthma", "Hay fever");
    assertThat(names(content().search(ContentArea.MEDICINES, medicinesChangedSince, 50).toList()))
        .containsExactly("Ibuprofen for adults", "Paracetamol for adults");
  }

  @Test
  void refusesAMissingOrUnregisteredApiKeyAsTheGatewayDoes() {
    assertThatThrownBy(() -> content(Credentials.none()).read(ContentArea.CONDITIONS, "asthma"))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("steps.oauth.v2.FailedToResolveAPIKey"));
    assertThatThrownBy(() -> content(ApiKeyCredentials.of("unregistered")).search(ContentArea.CONDITIONS,
        ContentSearch.all(), 5).toList()).isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("oauth.v2.InvalidApiKey"));
  }

  @Test
  void answersBadQueriesUnknownPathsAndWritesInTheApisOwnErrorShape() throws IOException {
    OkHttpClient client = new OkHttpClient();
    String base = sandbox.baseUrl() + "nhs-website-content/";
    String[][] cases = {
        {"conditions?orderBy=popularity", "400"},
        {"conditions?category=ab", "400"},
        {"conditions?startDate=2024-01-01", "400"},
        {"conditions?page=0", "400"},
        {"conditions?synonyms=yes", "400"},
        {"conditions?search=asthma", "400"},
        {"conditions/asthma/extra", "404"},
        {"vaccinations/", "404"},
    };
    for (String[] c : cases) {
      try (Response response = client.newCall(new Request.Builder().url(base + c[0]).header("apikey", KEY).build())
          .execute()) {
        assertThat(response.code()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
        assertThat(response.body().string()).as(c[0]).startsWith("{\"statusCode\":" + c[1] + ",\"message\":\"");
      }
    }
    try (Response response = client.newCall(new Request.Builder().url(base + "conditions/asthma/")
        .header("apikey", KEY).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    try (Response response = client.newCall(new Request.Builder().url(base + "conditions/?page=3")
        .header("apikey", KEY).build()).execute()) {
      assertThat(response.body().string()).contains("\"significantLink\":[]").doesNotContain("Next Page");
    }
    try (Response response = client.newCall(new Request.Builder().url(base + "conditions/asthma")
        .header("apikey", KEY).post(RequestBody.create(new byte[0])).build()).execute()) {
      assertThat(response.code()).isEqualTo(405);
    }
  }
}
