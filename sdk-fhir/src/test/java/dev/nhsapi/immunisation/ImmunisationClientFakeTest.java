package dev.nhsapi.immunisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.NhsNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a caller tests code that takes an {@link ImmunisationClient}: with a fake of the interface, written in the
 * test, instead of the network. It answers what the test needs and records what the code asked.
 */
class ImmunisationClientFakeTest {
  /** The caller's code under test: it takes the client, so a test can hand it a fake. */
  record FluCheck(ImmunisationClient immunisation) {
    boolean vaccinatedSince(NhsNumber patient, LocalDate since) {
      return !immunisation.search(ImmunizationSearch.builder().patient(patient).vaccineTypes(VaccineType.FLU)
          .dateFrom(since).build()).immunizations().isEmpty();
    }
  }

  /** Answers every search with the immunisations it holds; the other operations are not needed here. */
  static final class FakeImmunisationClient implements ImmunisationClient {
    final List<Immunization> held = new ArrayList<>();
    final List<ImmunizationSearch> searches = new ArrayList<>();

    @Override
    public ImmunizationSearchResult search(ImmunizationSearch search) {
      searches.add(search);
      return new ImmunizationSearchResult(held, List.of(), held.size(), List.of());
    }

    @Override
    public NhsResponse<ImmunizationSearchResult> searchWithResponse(ImmunizationSearch search,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String create(Immunization immunization) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<String> createWithResponse(Immunization immunization, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImmunizationRecord read(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<ImmunizationRecord> readWithResponse(String id, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImmunizationRecord update(ImmunizationRecord current, Immunization changed) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<ImmunizationRecord> updateWithResponse(ImmunizationRecord current, Immunization changed,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<String> deleteWithResponse(String id, RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void checksForAFluVaccinationWithAFakeClient() {
    FakeImmunisationClient immunisation = new FakeImmunisationClient();
    FluCheck check = new FluCheck(immunisation);
    NhsNumber patient = NhsNumber.of("9000000009");
    LocalDate september = LocalDate.of(2025, 9, 1);

    assertThat(check.vaccinatedSince(patient, september)).isFalse();
    immunisation.held.add(Immunization.builder().status(Immunization.COMPLETED).build());
    assertThat(check.vaccinatedSince(patient, september)).isTrue();

    assertThat(immunisation.searches).hasSize(2).allSatisfy(search -> assertThat(search)
        .hasToString("ImmunizationSearch[patient.identifier, -immunization.target, -date.from]"));
  }
}
