package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number, email address or other contact. A FHIR R4 datatype.
 *
 * @param id the element id, which PDS updates refer to
 * @param extension extensions
 * @param system phone, fax, email, pager, url, sms or other
 * @param value the number or address
 * @param use home, work, temp, old or mobile
 * @param rank preference order, 1 highest
 * @param period when it was in use
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record ContactPoint(
    @Nullable String id,
    List<Extension> extension,
    @Nullable String system,
    @Nullable String value,
    @Nullable String use,
    @Nullable Integer rank,
    @Nullable Period period,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the element id, which PDS updates refer to
   * @param extension extensions
   * @param system phone, fax, email, pager, url, sms or other
   * @param value the number or address
   * @param use home, work, temp, old or mobile
   * @param rank preference order, 1 highest
   * @param period when it was in use
   * @param unknown the members the SDK does not model
   */
  public ContactPoint {
    extension = extension == null ? List.of() : List.copyOf(extension);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /**
   * Returns a contact of a system, a value and a use, the shape PDS updates usually send.
   *
   * @param system phone, fax, email, pager, url, sms or other
   * @param value the number or address
   * @param use home, work, temp, old or mobile
   * @return the contact
   * @throws NullPointerException if an argument is null
   */
  public static ContactPoint of(String system, String value, String use) {
    return new ContactPoint(null, List.of(), Objects.requireNonNull(system, "system == null"),
        Objects.requireNonNull(value, "value == null"), Objects.requireNonNull(use, "use == null"), null, null,
        UnknownElements.none());
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "ContactPoint[***]";
  }
}
