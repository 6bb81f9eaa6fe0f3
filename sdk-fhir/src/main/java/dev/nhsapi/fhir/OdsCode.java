package dev.nhsapi.fhir;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Organisation Data Service (ODS) code: the identifier of an NHS organisation, such as a trust
 * ({@code RR8}), a GP practice ({@code A81001}), a commissioning body ({@code 8HK49}) or a supplier
 * ({@code Y12345}).
 *
 * <p>{@link #of(String)} checks only the shape, three to twelve letters or digits; whether the organisation exists
 * is for the ODS API to say. Codes are compared upper-case, as ODS issues them.
 *
 * <p>Instances are immutable and thread-safe. An ODS code names an organisation, not a patient, so
 * {@link #toString()} and error messages show it.
 */
public final class OdsCode {
  /** The FHIR identifier system for ODS organisation codes. */
  public static final String SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

  // Checked before upper-casing, which maps some non-ASCII letters (dotless i, long s) to ASCII ones.
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9]{3,12}");

  private final String value;

  private OdsCode(String value) {
    this.value = value;
  }

  /**
   * Returns the ODS code written in {@code text}, trimmed and upper-cased.
   *
   * @param text the code as written, for example {@code rr8} or {@code " A81001 "}
   * @return the ODS code
   * @throws IllegalArgumentException if the text, once trimmed, is not three to twelve ASCII letters or digits
   * @throws NullPointerException if {@code text} is null
   */
  public static OdsCode of(String text) {
    return tryParse(text).orElseThrow(
        () -> new IllegalArgumentException("an ODS code is 3 to 12 letters or digits"));
  }

  /**
   * Returns the ODS code written in {@code text}, or empty if it is not one; for codes read from a server.
   *
   * @param text the code as written
   * @return the ODS code, or empty
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<OdsCode> tryParse(String text) {
    Objects.requireNonNull(text, "text == null");
    String trimmed = text.strip();
    return SHAPE.matcher(trimmed).matches()
        ? Optional.of(new OdsCode(trimmed.toUpperCase(Locale.ROOT))) : Optional.empty();
  }

  /**
   * Returns the code, upper-case.
   *
   * @return the code, for example {@code RR8}
   */
  public String value() {
    return value;
  }

  /**
   * Returns whether {@code other} is the same ODS code.
   *
   * @param other the object to compare with
   * @return true if it is an equal ODS code
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OdsCode that && value.equals(that.value);
  }

  /**
   * Returns a hash of the code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code.
   *
   * @return the code, as {@link #value()} does
   */
  @Override
  public String toString() {
    return value;
  }
}
