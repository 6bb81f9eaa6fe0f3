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

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Address[***]";
  }
}
