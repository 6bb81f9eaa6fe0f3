package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.OdsCode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatientSearchTest {
  static final LocalDate BORN = LocalDate.of(2010, 10, 22);

  @Test
  void buildsEveryParameterInOrder() {
    PatientSearch search = PatientSearch.builder()
        .family("Sm*").given("John Paul").given("George").gender(AdministrativeGender.FEMALE)
        .birthDateBetween(BORN, BORN.plusDays(1)).deathDateBetween(BORN, BORN).postcode("LS1 6AE")
        .generalPractitioner(OdsCode.of("Y12345")).email("a@example.org").phone("01632960587")
        .exactMatch(true).history(true).maxResults(10)
        .build();

    assertThat(search.parameters()).containsExactly(
        Map.entry("_exact-match", "true"), Map.entry("_history", "true"), Map.entry("_max-results", "10"),
        Map.entry("family", "Sm*"), Map.entry("given", "John Paul"), Map.entry("given", "George"),
        Map.entry("gender", "female"), Map.entry("birthdate", "ge2010-10-22"), Map.entry("birthdate", "le2010-10-23"),
        Map.entry("death-date", "ge2010-10-22"), Map.entry("death-date", "le2010-10-22"),
        Map.entry("address-postalcode", "LS1 6AE"), Map.entry("general-practitioner", "Y12345"),
        Map.entry("email", "a@example.org"), Map.entry("phone", "01632960587"));
    assertThat(search).asString().doesNotContain("Sm*", "John", "2010", "LS1");
  }

  @Test
  void aNonFuzzySearchNeedsFamilyAndBirthDate() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().family("Smith").build())
        .withMessageContaining("family and birthdate");
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().birthDate(BORN).build())
        .withMessageContaining("family and birthdate");
  }

  @Test
  void wildcardsMayNotOpenTheFamilyName() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().family("*mith").birthDate(BORN)
        .build()).withMessageContaining("first two");
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().family("S*").birthDate(BORN)
        .build()).withMessageContaining("first two");
    assertThat(PatientSearch.builder().family("Sm*").birthDate(BORN).build().parameters())
        .contains(Map.entry("family", "Sm*"));
  }

  @Test
  void familyIsAtMost35Characters() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().family("x".repeat(36))
        .birthDate(BORN).build()).withMessageContaining("35");
  }

  @Test
  void fuzzySearchesNeedADocumentedMinimumAndNoWildcardsOrHistory() {
    PatientSearch.Builder fuzzy = PatientSearch.builder().fuzzy(true);
    assertThatIllegalArgumentException().isThrownBy(() -> fuzzy.family("Smith").birthDate(BORN).build())
        .withMessageContaining("fuzzy search needs");
    assertThat(PatientSearch.builder().fuzzy(true).given("Jane").family("Smith").birthDate(BORN).build()
        .parameters()).contains(Map.entry("_fuzzy-match", "true"));
    assertThat(PatientSearch.builder().fuzzy(true).family("Smith").birthDate(BORN)
        .gender(AdministrativeGender.FEMALE).postcode("LS1 6AE").build()).isNotNull();
    assertThat(PatientSearch.builder().fuzzy(true).given("Jane").birthDate(BORN)
        .gender(AdministrativeGender.FEMALE).postcode("LS1 6AE").build()).isNotNull();
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().fuzzy(true).given("Jane")
        .family("Sm*").birthDate(BORN).build()).withMessageContaining("no wildcards");
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().fuzzy(true).given("Jane")
        .family("Smith").birthDate(BORN).history(true).build()).withMessageContaining("_history");
  }

  @Test
  void maxResultsIsOneToFifty() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().maxResults(0));
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().maxResults(51));
  }

  @Test
  void emailAndPhoneMatchExactly() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder().family("Smith").birthDate(BORN)
        .email("*@example.org").build()).withMessageContaining("exactly");
  }

  @Test
  void dateRangesMustRunForwards() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientSearch.builder()
        .birthDateBetween(BORN, BORN.minusDays(1)));
  }
}
