package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.OdsCode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientSearchTest {
  static final LocalDate BORN = LocalDate.of(2010, 10, 22);

  @Test
  void buildsEveryParameterInOrder() {
    PatientSearch search = PatientSearch.builder()
        .family("Sm*").given("John Paul").given("George").gender(AdministrativeGender.FEMALE)
        .birthDate(DateCriterion.between(BORN, BORN.plusDays(1))).deathDate(DateCriterion.between(BORN, BORN)).postcode("LS1 6AE")
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

  /**
   * Every date form of personal-demographics-service-api specification/personal-demographics.yaml,
   * components/parameters/Birthdate and DeathDate: {@code <eq|ge|le>yyyy-mm-dd}, a range as {@code ge} and
   * {@code le} together, and each open end alone.
   */
  @ParameterizedTest
  @CsvSource({
      "on, eq2010-10-22",
      "onOrAfter, ge2010-10-22",
      "onOrBefore, le2010-10-22",
      "between, ge2010-10-22 le2010-10-23"})
  void sendsEveryDateFormTheSpecDefinesForBirthAndDeath(String form, String expected) {
    DateCriterion criterion = switch (form) {
      case "on" -> DateCriterion.on(BORN);
      case "onOrAfter" -> DateCriterion.onOrAfter(BORN);
      case "onOrBefore" -> DateCriterion.onOrBefore(BORN);
      default -> DateCriterion.between(BORN, BORN.plusDays(1));
    };
    PatientSearch search = PatientSearch.builder().family("Smith").birthDate(criterion).deathDate(criterion)
        .build();

    assertThat(search.parameters()).filteredOn(entry -> entry.getKey().equals("birthdate"))
        .extracting(Map.Entry::getValue).containsExactly(expected.split(" "));
    assertThat(search.parameters()).filteredOn(entry -> entry.getKey().equals("death-date"))
        .extracting(Map.Entry::getValue).containsExactly(expected.split(" "));
    assertThat(criterion).hasToString("DateCriterion" + java.util.Arrays.stream(expected.split(" "))
        .map(value -> value.substring(0, 2)).toList());
  }

  @Test
  void anOpenEndedBirthDateSatisfiesTheNeedForABirthDate() {
    assertThat(PatientSearch.builder().family("Smith").birthDate(DateCriterion.onOrAfter(BORN)).build()
        .parameters()).containsExactly(Map.entry("family", "Smith"), Map.entry("birthdate", "ge2010-10-22"));
  }

  @Test
  void aLaterDateConditionReplacesAnEarlierOne() {
    PatientSearch search = PatientSearch.builder().family("Smith").birthDate(DateCriterion.onOrBefore(BORN))
        .birthDate(BORN).deathDate(DateCriterion.on(BORN)).deathDate(DateCriterion.onOrBefore(BORN)).build();

    assertThat(search.parameters()).containsExactly(Map.entry("family", "Smith"),
        Map.entry("birthdate", "eq2010-10-22"), Map.entry("death-date", "le2010-10-22"));
  }

  /**
   * The spec's format is {@code yyyy-mm-dd} (specification/personal-demographics.yaml, components/parameters/
   * Birthdate and DeathDate; a malformed date is a 400 INVALID_VALUE, specification/components/paths/
   * patient-search.yaml): a year that {@link LocalDate#toString()} writes with a sign or five digits is refused,
   * as is a range that runs backwards. No other prefix can be built.
   */
  @Test
  void refusesDatesAndRangesTheSpecCannotExpress() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateCriterion.on(LocalDate.of(10_000, 1, 1)))
        .withMessage("a PDS search date is yyyy-mm-dd, so its year must be 1 to 9999");
    assertThatIllegalArgumentException().isThrownBy(() -> DateCriterion.onOrBefore(LocalDate.of(0, 1, 1)))
        .withMessage("a PDS search date is yyyy-mm-dd, so its year must be 1 to 9999");
    assertThatIllegalArgumentException().isThrownBy(() -> DateCriterion.between(BORN, LocalDate.of(-1, 1, 1)))
        .withMessage("a PDS search date is yyyy-mm-dd, so its year must be 1 to 9999");
    assertThatIllegalArgumentException().isThrownBy(() -> DateCriterion.between(BORN, BORN.minusDays(1)))
        .withMessage("the end of a date range is before its start");
    assertThatNullPointerException().isThrownBy(() -> DateCriterion.onOrAfter(null)).withMessage("day == null");
    assertThatNullPointerException().isThrownBy(() -> PatientSearch.builder().deathDate(null))
        .withMessage("criterion == null");
    assertThat(DateCriterion.on(LocalDate.of(9999, 12, 31)).values()).containsExactly("eq9999-12-31");
    assertThat(DateCriterion.between(BORN, BORN)).isEqualTo(DateCriterion.between(BORN, BORN))
        .hasSameHashCodeAs(DateCriterion.between(BORN, BORN)).isNotEqualTo(DateCriterion.on(BORN));
  }
}
