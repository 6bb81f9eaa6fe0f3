package dev.nhsapi.fhir;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An NHS number: ten digits whose last digit is a modulus-11 check digit over the first nine.
 *
 * <p>{@link #of(String)} accepts the plain ten digits or the usual {@code nnn nnn nnnn} and {@code nnn-nnn-nnnn}
 * groupings, and rejects a number whose check digit does not match, so a typing slip is caught before a request
 * goes out. It does not say whether a patient with that number exists: only the Personal Demographics Service can.
 *
 * <p>An NHS number identifies a patient, so it is personal data. {@link #toString()} therefore returns
 * {@code NhsNumber[redacted]} and exception messages never repeat the input: an NHS number that reaches a log line
 * or an error report by accident leaks nothing. Callers who need the digits, to send them to an API or show them
 * to the patient, ask for them explicitly through {@link #value()} or {@link #formatted()}.
 *
 * <p>Instances are immutable and thread-safe. Two instances are equal when their digits are equal, however they
 * were written.
 */
public final class NhsNumber {
  /** The FHIR identifier system for NHS numbers. */
  public static final String SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

  private static final Pattern SHAPE =
      Pattern.compile("[0-9]{10}|[0-9]{3} [0-9]{3} [0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{4}");

  private static final String WRONG_SHAPE =
      "an NHS number must be 10 digits, written plain or grouped as nnn nnn nnnn or nnn-nnn-nnnn";
  private static final String WRONG_CHECK_DIGIT = "NHS number check digit does not match";
  private static final String CHECK_DIGIT_TEN =
      "NHS number check digit would be 10: no valid NHS number has these first nine digits";

  /** The number range an NHS number falls in, which says which service issued it. */
  public enum Range {
    /** {@code 010000000n} to {@code 311299999n}: Community Health Index (CHI) numbers issued in Scotland. */
    SCOTLAND_CHI,
    /** {@code 320000000n} to {@code 399999999n}: Health and Care numbers issued in Northern Ireland. */
    NORTHERN_IRELAND,
    /**
     * {@code 400000000n} to {@code 499999999n} and {@code 600000000n} to {@code 799999999n}: England, Wales and the
     * Isle of Man.
     */
    ENGLAND_WALES_ISLE_OF_MAN,
    /** {@code 500000000n} to {@code 599999999n}: not issued to patients; used for internal testing. */
    NOT_ISSUED,
    /** {@code 800000000n} to {@code 859999999n}: Individual Health Identifiers of the Republic of Ireland. */
    REPUBLIC_OF_IRELAND,
    /**
     * Any number outside the other ranges: below {@code 010000000n}, {@code 311300000n} to {@code 319999999n}, and
     * {@code 860000000n} to {@code 899999999n}.
     */
    UNALLOCATED,
    /**
     * {@code 900000000n} to {@code 999999999n}: never issued to real patients; synthetic and test patients, such
     * as the sandbox's {@code 9000000009}.
     */
    SYNTHETIC
  }

  private final String digits;

  private NhsNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Returns the NHS number written in {@code text}.
   *
   * <p>The text is ten ASCII digits, either plain ({@code 9434765919}) or grouped three, three and four with
   * single spaces ({@code 943 476 5919}) or single hyphens ({@code 943-476-5919}), not a mix of the two.
   * Whitespace around it is ignored.
   *
   * @param text the NHS number as written
   * @return the NHS number
   * @throws IllegalArgumentException if the text is not ten digits in one of those forms, or the check digit does
   *     not match; the message names the rule broken and never contains the input
   * @throws NullPointerException if {@code text} is null
   */
  public static NhsNumber of(String text) {
    Objects.requireNonNull(text, "text == null");
    String trimmed = text.strip();
    String problem = problem(trimmed);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new NhsNumber(digitsOf(trimmed));
  }

  /**
   * Returns whether {@link #of(String)} would accept {@code text}.
   *
   * @param text the NHS number as written
   * @return true if it is a well-formed NHS number with a matching check digit
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text == null");
    return problem(text.strip()) == null;
  }

  /** Returns why {@code trimmed} is not an NHS number, or null if it is one. */
  private static @Nullable String problem(String trimmed) {
    if (!SHAPE.matcher(trimmed).matches()) {
      return WRONG_SHAPE;
    }
    String digits = digitsOf(trimmed);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    if (check == 10) {
      return CHECK_DIGIT_TEN;
    }
    return digits.charAt(9) - '0' == check ? null : WRONG_CHECK_DIGIT;
  }

  /** Drops the separators from a text that matches {@link #SHAPE}. */
  private static String digitsOf(String trimmed) {
    if (trimmed.length() == 10) {
      return trimmed;
    }
    return trimmed.substring(0, 3) + trimmed.substring(4, 7) + trimmed.substring(8);
  }

  /**
   * Returns the ten digits, as FHIR identifiers and API paths carry them.
   *
   * @return the ten digits, for example {@code 9434765919}
   */
  public String value() {
    return digits;
  }

  /**
   * Returns the number grouped for people to read.
   *
   * @return the digits grouped three, three and four with spaces, for example {@code 943 476 5919}
   */
  public String formatted() {
    return digits.substring(0, 3) + ' ' + digits.substring(3, 6) + ' ' + digits.substring(6);
  }

  /**
   * Returns whether the number is in the {@code 9} block that is never issued to real patients.
   *
   * @return true for synthetic and test patients, such as those of the sandbox and integration environments
   */
  public boolean isSynthetic() {
    return issuer() == Range.SYNTHETIC;
  }

  /**
   * Returns the range the number falls in, which says which service issued it.
   *
   * @return the range
   */
  public Range issuer() {
    int prefix = Integer.parseInt(digits.substring(0, 9));
    if (prefix < 10_000_000) {
      return Range.UNALLOCATED;
    } else if (prefix <= 311_299_999) {
      return Range.SCOTLAND_CHI;
    } else if (prefix < 320_000_000) {
      return Range.UNALLOCATED;
    } else if (prefix < 400_000_000) {
      return Range.NORTHERN_IRELAND;
    } else if (prefix < 500_000_000) {
      return Range.ENGLAND_WALES_ISLE_OF_MAN;
    } else if (prefix < 600_000_000) {
      return Range.NOT_ISSUED;
    } else if (prefix < 800_000_000) {
      return Range.ENGLAND_WALES_ISLE_OF_MAN;
    } else if (prefix < 860_000_000) {
      return Range.REPUBLIC_OF_IRELAND;
    } else if (prefix < 900_000_000) {
      return Range.UNALLOCATED;
    } else {
      return Range.SYNTHETIC;
    }
  }

  /**
   * Returns whether {@code other} is an NHS number with the same digits.
   *
   * @param other the object to compare with
   * @return true if it is an equal NHS number
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NhsNumber that && digits.equals(that.digits);
  }

  /**
   * Returns a hash of the digits.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns {@code NhsNumber[redacted]}, never the digits, so that an NHS number logged or shown in an error by
   * accident does not identify a patient. Use {@link #value()} or {@link #formatted()} for the digits.
   *
   * @return {@code NhsNumber[redacted]}
   */
  @Override
  public String toString() {
    return "NhsNumber[redacted]";
  }
}
