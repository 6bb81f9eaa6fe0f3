package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A postal address. A FHIR R4 datatype.
 *
 * @param id the element id, which PDS updates refer to
 * @param extension extensions, such as the UK Core address key
 * @param use home, work, temp, old or billing
 * @param type postal, physical or both
 * @param text the whole address as text
 * @param line street lines
 * @param city the town or city
 * @param district the district or county
 * @param state the state
 * @param postalCode the postcode
 * @param country the country
 * @param period when it was in use
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Address(
    @Nullable String id,
    List<Extension> extension,
    @Nullable String use,
    @Nullable String type,
    @Nullable String text,
    List<String> line,
    @Nullable String city,
    @Nullable String district,
    @Nullable String state,
    @Nullable String postalCode,
    @Nullable String country,
    @Nullable Period period,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the element id, which PDS updates refer to
   * @param extension extensions, such as the UK Core address key
   * @param use home, work, temp, old or billing
   * @param type postal, physical or both
   * @param text the whole address as text
   * @param line street lines
   * @param city the town or city
   * @param district the district or county
   * @param state the state
   * @param postalCode the postcode
   * @param country the country
   * @param period when it was in use
   * @param unknown the members the SDK does not model
   */
  public Address {
    extension = extension == null ? List.of() : List.copyOf(extension);
    line = line == null ? List.of() : List.copyOf(line);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /**
   * Returns an address of lines and a postcode, the shape PDS updates usually send.
   *
   * @param use home, work, temp, old or billing
   * @param line street lines, town last
   * @param postalCode the postcode
   * @return the address
   * @throws NullPointerException if an argument or a line is null
   */
  public static Address of(String use, List<String> line, String postalCode) {
    Objects.requireNonNull(use, "use == null");
    Objects.requireNonNull(postalCode, "postalCode == null");
    return new Address(null, List.of(), use, null, null, line, null, null, null, postalCode, null, null,
        UnknownElements.none());
  }

  /**
   * Returns an address with a use, lines, a postcode and the period it applies for, in the shape of the PDS
   * create example ({@code use}, {@code line}, {@code postalCode}, {@code period}).
   *
   * @param use the use, such as {@code home}
   * @param line the address lines
   * @param postalCode the postcode
   * @param period when the address applies, for example {@code Period.startingOn(..)}
   * @return the address
   * @throws NullPointerException if an argument is null
   */
  public static Address of(String use, List<String> line, String postalCode, Period period) {
    Objects.requireNonNull(period, "period == null");
    Address address = of(use, line, postalCode);
    return new Address(null, List.of(), address.use(), null, null, address.line(), null, null, null, postalCode,
        null, period, UnknownElements.none());
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Address[***]";
  }
}
