package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concept given by codings and/or text. A FHIR R4 datatype.
 *
 * @param coding the codings
 * @param text plain-text representation
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record CodeableConcept(
    List<Coding> coding,
    @Nullable String text,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param coding the codings
   * @param text plain-text representation
   * @param unknown the members the SDK does not model
   */
  public CodeableConcept {
    coding = coding == null ? List.of() : List.copyOf(coding);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows codes only, never free text. */
  @Override
  public String toString() {
    return "CodeableConcept" + coding;
  }
}
