package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {
  private static final String WRONG_SHAPE =
      "an NHS number must be 10 digits, written plain or grouped as nnn nnn nnnn or nnn-nnn-nnnn";
  private static final String WRONG_CHECK_DIGIT = "NHS number check digit does not match";
  private static final String CHECK_DIGIT_TEN =
      "NHS number check digit would be 10: no valid NHS number has these first nine digits";

  /** The check digit for nine digits, computed independently of the code under test; 10 means none exists. */
  private static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += Character.digit(nine.charAt(i), 10) * (10 - i);
    }
    return (11 - sum % 11) % 11;
  }

  /** The nearest valid NHS number whose first nine digits are {@code prefix} or lie {@code step} beyond it. */
  private static String validNear(int prefix, int step) {
    for (int p = prefix; Math.abs(p - prefix) <= 10; p += step) {
      String nine = String.format(Locale.ROOT, "%09d", p);
      int check = checkDigit(nine);
      if (check != 10) {
        return nine + check;
      }
    }
    throw new AssertionError("no valid number near the prefix");
  }

  private static String messageFor(String text) {
    return catchThrowableOfType(IllegalArgumentException.class, () -> NhsNumber.of(text)).getMessage();
  }

  @Test
  void acceptsTheWorkedExample() {
    // 900000000: 9 x 10 = 90, 90 mod 11 = 2, check 11 - 2 = 9.
    assertThat(checkDigit("900000000")).isEqualTo(9);
    NhsNumber number = NhsNumber.of("9000000009");

    assertThat(number.value()).isEqualTo("9000000009");
    assertThat(NhsNumber.isValid("9000000009")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9000000009", "9000000017", "9000000025", "9000000033", "9434765919", "9111231130"})
  void acceptsSandboxNumbers(String digits) {
    assertThat(NhsNumber.of(digits).value()).isEqualTo(digits);
    assertThat(NhsNumber.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "9434765919",
      "943 476 5919",
      "943-476-5919",
      "  9434765919  ",
      "\t943 476 5919\n",
      " 943-476-5919"})
  void acceptsSpacesAndHyphens(String text) {
    assertThat(NhsNumber.of(text).value()).isEqualTo("9434765919");
    assertThat(NhsNumber.isValid(text)).isTrue();
  }

  @Test
  void checkDigitElevenBecomesZero() {
    String nine = "";
    for (int p = 900_000_001; nine.isEmpty(); p++) {
      String candidate = Integer.toString(p);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (candidate.charAt(i) - '0') * (10 - i);
      }
      if (sum % 11 == 0) {
        nine = candidate;
      }
    }
    String digits = nine + "0";

    assertThat(NhsNumber.isValid(digits)).isTrue();
    assertThat(NhsNumber.of(digits).value()).endsWith("0");
    for (char last = '1'; last <= '9'; last++) {
      assertThat(messageFor(nine + last)).isEqualTo(WRONG_CHECK_DIGIT);
    }
  }

  @Test
  void checkDigitTenMakesEveryLastDigitInvalid() {
    String nine = "";
    for (int p = 900_000_001; nine.isEmpty(); p++) {
      String candidate = Integer.toString(p);
      if (checkDigit(candidate) == 10) {
        nine = candidate;
      }
    }

    for (char last = '0'; last <= '9'; last++) {
      assertThat(NhsNumber.isValid(nine + last)).isFalse();
      assertThat(messageFor(nine + last)).isEqualTo(CHECK_DIGIT_TEN);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"9000000009", "9434765919", "9111231130", "4010232137"})
  void catchesEverySingleDigitChange(String valid) {
    assertThat(NhsNumber.isValid(valid)).isTrue();
    int caught = 0;
    for (int position = 0; position < 10; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
        assertThat(NhsNumber.isValid(changed)).as("changed at position %d", position).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.of(changed));
        caught++;
      }
    }
    assertThat(caught).isEqualTo(90);
  }

  @Test
  void catchesTransposedNeighbours() {
    String valid = "9434765919";
    for (int i = 0; i < 9; i++) {
      if (valid.charAt(i) == valid.charAt(i + 1)) {
        continue;
      }
      String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
      assertThat(NhsNumber.isValid(swapped)).as("swapped at %d", i).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   ",
      "900000000",
      "90000000009",
      "900000000009",
      "900000000A",
      "A900000009",
      "nine",
      "943 476-5919",
      "943-476 5919",
      "943  476 5919",
      "943 476  5919",
      "943--476-5919",
      "9434 765 919",
      "94 3476 5919",
      "943 4765919",
      "9434765 919",
      "943-4765919",
      "943\t476\t5919",
      "943.476.5919",
      "943_476_5919",
      "+449434765919",
      "-9434765919",
      "9434765919.0",
      "9\u00a0434765919",
      "\u0669\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0669",
      "\u06f9\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f9",
      "\uff19\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff19",
      "900000000\u0669",
      "\u0969\u0966\u0966\u0966\u0966\u0966\u0966\u0966\u0966\u0969"})
  void rejectsAnythingButTenAsciiDigits(String text) {
    assertThat(NhsNumber.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.of(text)).withMessage(WRONG_SHAPE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "9434765918     | NHS number check digit does not match",
      "943 476 5910   | NHS number check digit does not match",
      "9000000001     | NHS number check digit does not match",
      "94347659       | an NHS number must be 10 digits",
      "943 476-5919   | an NHS number must be 10 digits",
      "94347659190123 | an NHS number must be 10 digits"})
  void messageNamesTheRuleBroken(String text, String rule) {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsNumber.of(text)).withMessageStartingWith(rule);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "9434765918",
      "943 476 5910",
      "943-476-5911",
      "4010232138",
      "123456789",
      "12345678901",
      "943 476-5919",
      "9434 765 919",
      "987654321X",
      "  555 444 3331 ",
      "1234 5678 90"})
  void messageNeverRepeatsTheInput(String text) {
    IllegalArgumentException e =
        catchThrowableOfType(IllegalArgumentException.class, () -> NhsNumber.of(text));

    assertThat(e.getMessage()).isIn(WRONG_SHAPE, WRONG_CHECK_DIGIT, CHECK_DIGIT_TEN);
    assertThat(e.getCause()).isNull();
    String digits = text.replaceAll("[^0-9]", "");
    for (int i = 0; i + 3 <= digits.length(); i++) {
      assertThat(e.getMessage()).doesNotContain(digits.substring(i, i + 3));
    }
  }

  @Test
  void messageForCheckDigitTenNeverRepeatsTheInput() {
    String nine = "";
    for (int p = 400_000_000; nine.isEmpty(); p++) {
      if (checkDigit(Integer.toString(p)) == 10) {
        nine = Integer.toString(p);
      }
    }
    String message = messageFor(nine + "5");

    assertThat(message).isEqualTo(CHECK_DIGIT_TEN);
    for (int i = 0; i + 3 <= 10; i++) {
      assertThat(message).doesNotContain((nine + "5").substring(i, i + 3));
    }
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> NhsNumber.of(null));
    assertThatNullPointerException().isThrownBy(() -> NhsNumber.isValid(null));
  }

  @ParameterizedTest
  @CsvSource({"9434765919, 943 476 5919", "9000000009, 900 000 0009", "0000000000, 000 000 0000"})
  void formattedGroupsThreeThreeFour(String digits, String formatted) {
    assertThat(NhsNumber.of(digits).formatted()).isEqualTo(formatted);
    assertThat(NhsNumber.of(formatted).value()).isEqualTo(digits);
  }

  @ParameterizedTest
  @CsvSource({
      "9000000009, true",
      "9434765919, true",
      "9876543210, true",
      "9999999999, true",
      "4010232137, false",
      "5990099932, false",
      "3112999991, false",
      "0000000000, false"})
  void isSyntheticOnlyInTheNineBlock(String digits, boolean synthetic) {
    assertThat(NhsNumber.of(digits).isSynthetic()).isEqualTo(synthetic);
  }

  @ParameterizedTest
  @CsvSource({
      // first nine digits, search direction, range
      "000000000,  1, UNALLOCATED",
      "009999999, -1, UNALLOCATED",
      "010000000,  1, SCOTLAND_CHI",
      "311299999, -1, SCOTLAND_CHI",
      "311300000,  1, UNALLOCATED",
      "319999999, -1, UNALLOCATED",
      "320000000,  1, NORTHERN_IRELAND",
      "399999999, -1, NORTHERN_IRELAND",
      "400000000,  1, ENGLAND_WALES_ISLE_OF_MAN",
      "499999999, -1, ENGLAND_WALES_ISLE_OF_MAN",
      "500000000,  1, NOT_ISSUED",
      "599999999, -1, NOT_ISSUED",
      "600000000,  1, ENGLAND_WALES_ISLE_OF_MAN",
      "799999999, -1, ENGLAND_WALES_ISLE_OF_MAN",
      "800000000,  1, REPUBLIC_OF_IRELAND",
      "859999999, -1, REPUBLIC_OF_IRELAND",
      "860000000,  1, UNALLOCATED",
      "899999999, -1, UNALLOCATED",
      "900000000,  1, SYNTHETIC",
      "999999999, -1, SYNTHETIC"})
  void issuerFollowsTheRangeBoundaries(String nine, int step, NhsNumber.Range range) {
    // A String, not an int: JUnit would read a leading zero as octal.
    int prefix = Integer.parseInt(nine);
    // Search inwards from the boundary for a first nine digits with a valid check digit.
    String digits = validNear(prefix, step);
    NhsNumber number = NhsNumber.of(digits);

    assertThat(Math.abs(Integer.parseInt(digits.substring(0, 9)) - prefix)).isLessThanOrEqualTo(10);
    assertThat(number.issuer()).isEqualTo(range);
    assertThat(number.isSynthetic()).isEqualTo(range == NhsNumber.Range.SYNTHETIC);
  }

  @Test
  void issuerSeesEitherSideOfEachBoundary() {
    List<Integer> boundaries = List.of(
        10_000_000, 311_300_000, 320_000_000, 400_000_000, 500_000_000, 600_000_000, 800_000_000, 860_000_000,
        900_000_000);
    for (int boundary : boundaries) {
      NhsNumber below = NhsNumber.of(validNear(boundary - 1, -1));
      NhsNumber above = NhsNumber.of(validNear(boundary, 1));
      assertThat(below.issuer()).as("either side of %d", boundary).isNotEqualTo(above.issuer());
    }
  }

  @Test
  void equalsAndHashCodeFollowTheDigits() {
    NhsNumber plain = NhsNumber.of("9434765919");
    NhsNumber spaced = NhsNumber.of("943 476 5919");
    NhsNumber hyphenated = NhsNumber.of(" 943-476-5919 ");
    NhsNumber other = NhsNumber.of("9000000009");

    assertThat(plain).isEqualTo(spaced).isEqualTo(hyphenated).hasSameHashCodeAs(spaced);
    assertThat(spaced).isEqualTo(plain);
    assertThat(plain).isNotEqualTo(other);
    assertThat(plain).isNotEqualTo("9434765919");
    assertThat(plain).isNotEqualTo(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "943 476 5919", "9000000009"})
  void toStringHasNoDigits(String text) {
    NhsNumber number = NhsNumber.of(text);

    assertThat(number.toString()).isEqualTo("NhsNumber[redacted]").doesNotContainPattern("[0-9]");
    assertThat("patient " + number).doesNotContain(number.value().substring(7));
  }

  @Test
  void systemIsTheNhsNumberIdentifierSystem() {
    assertThat(NhsNumber.SYSTEM).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
  }
}
