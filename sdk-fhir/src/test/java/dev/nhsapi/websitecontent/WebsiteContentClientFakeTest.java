package dev.nhsapi.websitecontent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.UnknownElements;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How a caller tests code that takes a {@link WebsiteContentClient}: with a fake of the interface, written in the
 * test, instead of the network. It answers what the test needs and records what the code asked.
 */
class WebsiteContentClientFakeTest {
  /** The caller's code under test: it takes the client, so a test can hand it a fake. */
  record ConditionIndex(WebsiteContentClient content) {
    List<String> startingWith(char letter) {
      return content.search(ContentArea.CONDITIONS, ContentSearch.builder().category(letter).build(), 100)
          .map(ContentSummary::name).toList();
    }
  }

  /** Lists the same pages for every search; the other operations are not needed here. */
  static final class FakeWebsiteContentClient implements WebsiteContentClient {
    final List<ContentSearch> searches = new ArrayList<>();

    @Override
    public Stream<ContentSummary> search(ContentArea area, ContentSearch search, int maxResults) {
      searches.add(search);
      return Stream.of("Acne", "Asthma").map(name -> new ContentSummary(name, "https://example.test/" + name, null,
          List.of("Condition"), null, null, null, UnknownElements.none()));
    }

    @Override
    public Stream<ContentSummary> search(ContentArea area, ContentSearch search, int maxResults,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ContentPage read(ContentArea area, String slug) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<ContentPage> readWithResponse(ContentArea area, String slug, RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void indexesConditionsWithAFakeClient() {
    FakeWebsiteContentClient content = new FakeWebsiteContentClient();

    List<String> names = new ConditionIndex(content).startingWith('a');

    assertThat(names).containsExactly("Acne", "Asthma");
    assertThat(content.searches).singleElement().hasToString("ContentSearch[category=A]");
  }
}
