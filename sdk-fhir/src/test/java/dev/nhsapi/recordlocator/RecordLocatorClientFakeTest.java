package dev.nhsapi.recordlocator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.NhsNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How a caller tests code that takes a {@link RecordLocatorClient}: with a fake of the interface, written in the
 * test, instead of the network. It answers what the test needs and records what the code asked.
 */
class RecordLocatorClientFakeTest {
  static final String CRISIS_PLAN = "736253002";

  /** The caller's code under test: it takes the client, so a test can hand it a fake. */
  record CrisisPlans(RecordLocatorClient nrl) {
    boolean hasOne(NhsNumber patient) {
      return nrl.count(DocumentReferenceSearch.builder(patient).type(CRISIS_PLAN).build()) > 0;
    }

    List<String> ids(NhsNumber patient) {
      return nrl.search(DocumentReferenceSearch.builder(patient).type(CRISIS_PLAN).build(), 10)
          .map(DocumentReference::id).toList();
    }
  }

  /** Answers with the pointers it holds; the other operations are not needed here. */
  static final class FakeRecordLocatorClient implements RecordLocatorClient {
    final List<DocumentReference> held = new ArrayList<>();
    final List<DocumentReferenceSearch> searches = new ArrayList<>();

    @Override
    public int count(DocumentReferenceSearch search) {
      searches.add(search);
      return held.size();
    }

    @Override
    public Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults) {
      searches.add(search);
      return held.stream().limit(maxResults);
    }

    @Override
    public NhsResponse<Integer> countWithResponse(DocumentReferenceSearch search, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<DocumentReference> search(DocumentReferenceSearch search, int maxResults,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DocumentReference read(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<DocumentReference> readWithResponse(String id, RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void findsCrisisPlansWithAFakeClient() {
    FakeRecordLocatorClient nrl = new FakeRecordLocatorClient();
    CrisisPlans plans = new CrisisPlans(nrl);
    NhsNumber patient = NhsNumber.of("9000000009");

    assertThat(plans.hasOne(patient)).isFalse();
    nrl.held.add(DocumentReference.builder().id("RX9-crisis-1").status("current").build());
    assertThat(plans.hasOne(patient)).isTrue();
    assertThat(plans.ids(patient)).containsExactly("RX9-crisis-1");

    assertThat(nrl.searches).hasSize(3)
        .allSatisfy(search -> assertThat(search).hasToString("DocumentReferenceSearch[subject:identifier, type]"));
  }
}
