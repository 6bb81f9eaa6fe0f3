package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.internal.codec.ContentCodec;
import dev.nhsapi.websitecontent.ContentPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutated NHS website content pages and lists to the content decoder: it must return a page or throw
 * {@link NhsDecodeException} with a bounded one-line message, never another exception. Every case is seeded;
 * {@code new Random(SEED + case)} replays it.
 */
class WebsiteContentFuzzTest {
  private static final long SEED = 0xC0_7E07L;
  private static final int CASES = 3_000;

  private static final List<String> DOCUMENTS = List.of("""
      {"@context":"http://schema.org","@type":"MedicalWebPage","name":"Test page","description":"A test page.",
       "url":"https://example.test/nhs-website-content/conditions/test-page/","genre":["Condition"],
       "lastReviewed":["2024-03-01T00:00:00+00:00","2027-03-01T00:00:00+00:00"],
       "dateModified":"2024-03-05T10:15:30+00:00",
       "hasPart":[{"@type":"HealthTopicContent","headline":"Module","hasPart":[{"text":"<p>Text.</p>"}]}],
       "relatedLink":[{"@type":"LinkRole","url":"https://example.test/x","linkRelationship":"Navigation",
         "position":0,"name":"Test page"}],
       "mainEntityOfPage":[{"position":0,"headline":"Section","mainEntityOfPage":[{"text":"<p>A.</p>"}],
         "hasPart":[{"text":"<p>A.</p>"}]}],"webpage":"https://www.nhs.uk/conditions/test-page/"}""", """
      {"@type":"MedicalWebPage","name":"Health A to Z","significantLink":[{"description":"About a test.",
       "linkRelationship":"Result","@type":"LinkRole","mainEntityOfPage":{"genre":["Condition"],
       "dateModified":"2024-01-02T03:04:05+00:00","lastReviewed":["2023-01-01T00:00:00+00:00"]},
       "url":"https://example.test/nhs-website-content/conditions/a/","name":"A"}],
       "relatedLink":[{"url":"https://example.test/nhs-website-content/conditions/?page=2","name":"Next Page",
       "linkRelationship":"Pagination"}]}""");

  @Test
  void returnsAPageOrThrowsATypedDecodeExceptionForEveryMutant() throws Exception {
    JsonMutator mutator = new JsonMutator(100_000);
    List<String> violations = new ArrayList<>();
    int decoded = 0;
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      Random random = new Random(SEED + i);
      JsonMutator.Mutant mutant = mutator.mutate(DOCUMENTS.get(random.nextInt(DOCUMENTS.size())), random);
      try {
        ContentPage page = ContentCodec.PAGE.decode(ResponseBody.create(mutant.bytes(), null));
        assertThat(page.toString()).isNotBlank();
        decoded++;
      } catch (NhsDecodeException e) {
        String message = e.getMessage();
        if (message == null || message.contains("\n") || message.length() > 1_000) {
          violations.add("case " + i + " " + mutant.kinds() + ": message not one bounded line");
        }
        refused++;
      } catch (RuntimeException | StackOverflowError e) {
        violations.add("case " + i + " " + mutant.kinds() + ": " + e.getClass().getName());
      }
    }
    assertThat(violations).isEmpty();
    assertThat(decoded).isPositive();
    assertThat(refused).isPositive();
  }
}
