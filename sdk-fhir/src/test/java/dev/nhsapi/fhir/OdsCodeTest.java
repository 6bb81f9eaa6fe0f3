package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Y12345         | Y12345",
      "RR8            | RR8",
      "A81001         | A81001",
      "8HK49          | 8HK49",
      "X26            | X26",
      "rr8            | RR8",
      "a81001         | A81001",
      "'  Y12345 '    | Y12345",
      "ABCDEF123456   | ABCDEF123456",
      "123            | 123"})
  void acceptsThreeToTwelveLettersOrDigitsAndNormalises(String text, String value) {
    OdsCode code = OdsCode.of(text);

    assertThat(code.value()).isEqualTo(value);
    assertThat(code).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "R8",
      "ABCDEF1234567",
      "RR 8",
      "RR-8",
      "A81001.",
      "A8_1001",
      "RR\u00e9",
      "rr\u0131",
      "\u017frr",
      "\uff32\uff32\uff18",
      "RR\u0668"})
  void rejectsOtherShapes(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OdsCode.of(text))
        .withMessageStartingWith("an ODS code is 3 to 12 letters or digits");
  }

  /** Issue 17 finding 7: the message echoed the rejected text, which may be anything the caller passed. */
  @Test
  void messageNamesTheRuleNotTheRejectedText() {
    assertThatIllegalArgumentException().isThrownBy(() -> OdsCode.of("Quillfeather 1987-03-14"))
        .withMessage("an ODS code is 3 to 12 letters or digits");
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> OdsCode.of(null));
  }

  @Test
  void equalsAndHashCodeIgnoreCaseAndSurroundingWhitespace() {
    OdsCode upper = OdsCode.of("RR8");
    OdsCode lower = OdsCode.of(" rr8 ");

    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(upper).isNotEqualTo(OdsCode.of("RR7"));
    assertThat(upper).isNotEqualTo("RR8");
    assertThat(upper).isNotEqualTo(null);
  }

  @Test
  void systemIsTheOdsOrganisationCodeSystem() {
    assertThat(OdsCode.SYSTEM).isEqualTo("https://fhir.nhs.uk/Id/ods-organization-code");
  }
}
