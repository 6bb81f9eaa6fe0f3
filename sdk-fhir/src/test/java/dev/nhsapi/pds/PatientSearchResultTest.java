package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Patient;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientSearchResultTest {
  static Patient patient(String id) {
    return Patient.builder().id(id).build();
  }

  static final OperationOutcome TOO_MANY = new OperationOutcome(List.of(new OperationOutcome.Issue("information",
      "multiple-matches", List.of(new OperationOutcome.Coding(null, null, "TOO_MANY_MATCHES", null)), null,
      "Smith, 2010-10-22", List.of())));

  @Test
  void listsTheBestMatchFirstAndMatchesWithoutAScoreLast() {
    PatientSearchResult result = new PatientSearchResult(List.of(
        new PatientSearchResult.Match(patient("9000000025"), null),
        new PatientSearchResult.Match(patient("9000000017"), new BigDecimal("0.8976")),
        new PatientSearchResult.Match(patient("9000000009"), BigDecimal.ONE)), 3, null);

    assertThat(result.patients()).extracting(Patient::id).containsExactly("9000000009", "9000000017", "9000000025");
    assertThat(result.tooManyMatches()).isFalse();
  }

  @Test
  void anOutcomeInsteadOfMatchesSaysWhetherThereWereTooMany() {
    PatientSearchResult result = new PatientSearchResult(List.of(), null, TOO_MANY);

    assertThat(result.tooManyMatches()).isTrue();
    assertThat(result.patients()).isEmpty();
    assertThat(result).hasToString("PatientSearchResult[matches=0, total=null, outcome=TOO_MANY_MATCHES]");
  }

  @Test
  void refusesMatchesAndAnOutcomeTogether() {
    List<PatientSearchResult.Match> one = List.of(new PatientSearchResult.Match(patient("9000000009"), null));

    assertThatThrownBy(() -> new PatientSearchResult(one, 1, TOO_MANY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void showsCountsAndScoresButNoPatient() {
    PatientSearchResult result = new PatientSearchResult(
        List.of(new PatientSearchResult.Match(patient("9000000009"), BigDecimal.ONE)), 1, null);

    assertThat(result).asString().isEqualTo("PatientSearchResult[matches=1, total=1, outcome=none]")
        .doesNotContain("9000000009");
    assertThat(result.matches().get(0)).hasToString("Match[score=1]");
  }
}
