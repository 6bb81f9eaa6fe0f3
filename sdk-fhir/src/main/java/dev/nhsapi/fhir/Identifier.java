package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An identifier of a person or organisation, such as an NHS number or an ODS code. A FHIR R4 datatype.
 *
 * @param id the element id
 * @param extension extensions, such as the NHS number verification status
 * @param use usual, official, temp, secondary or old
 * @param type the kind of identifier
 * @param system the namespace URI, such as {@code https://fhir.nhs.uk/Id/nhs-number}
 * @param value the identifier
 * @param period when it was valid
 * @param assigner the organisation that issued it
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Identifier(
    @Nullable String id,
    List<Extension> extension,
    @Nullable String use,
    @Nullable CodeableConcept type,
    @Nullable String system,
    @Nullable String value,
    @Nullable Period period,
    @Nullable Reference assigner,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the element id
   * @param extension extensions, such as the NHS number verification status
   * @param use usual, official, temp, secondary or old
   * @param type the kind of identifier
   * @param system the namespace URI, such as {@code https://fhir.nhs.uk/Id/nhs-number}
   * @param value the identifier
   * @param period when it was valid
   * @param assigner the organisation that issued it
   * @param unknown the members the SDK does not model
   */
  public Identifier {
    extension = extension == null ? List.of() : List.copyOf(extension);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /**
   * Returns an identifier with a system and a value only, for example an NHS number
   * ({@code https://fhir.nhs.uk/Id/nhs-number}) or an ODS code.
   *
   * @param system the namespace of the value
   * @param value the value
   * @return the identifier
   * @throws NullPointerException if either is null
   */
  public static Identifier of(String system, String value) {
    Objects.requireNonNull(system, "system == null");
    Objects.requireNonNull(value, "value == null");
    return new Identifier(null, List.of(), null, null, system, value, null, null, UnknownElements.none());
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Identifier[***]";
  }
}
