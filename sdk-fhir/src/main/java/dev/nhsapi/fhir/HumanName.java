package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's name. A FHIR R4 datatype.
 *
 * @param id the element id, which PDS updates refer to
 * @param use usual, official, temp, nickname, anonymous, old or maiden
 * @param text the whole name as text
 * @param family the family name
 * @param given given names, in order
 * @param prefix prefixes such as Mrs
 * @param suffix suffixes
 * @param period when the name was in use
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record HumanName(
    @Nullable String id,
    @Nullable String use,
    @Nullable String text,
    @Nullable String family,
    List<String> given,
    List<String> prefix,
    List<String> suffix,
    @Nullable Period period,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the element id, which PDS updates refer to
   * @param use usual, official, temp, nickname, anonymous, old or maiden
   * @param text the whole name as text
   * @param family the family name
   * @param given given names, in order
   * @param prefix prefixes such as Mrs
   * @param suffix suffixes
   * @param period when the name was in use
   * @param unknown the members the SDK does not model
   */
  public HumanName {
    given = given == null ? List.of() : List.copyOf(given);
    prefix = prefix == null ? List.of() : List.copyOf(prefix);
    suffix = suffix == null ? List.of() : List.copyOf(suffix);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "HumanName[***]";
  }
}
