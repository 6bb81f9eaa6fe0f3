package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * A code from a code system, such as an NHS error code or a SNOMED CT concept. A FHIR R4 datatype.
 *
 * @param system the code system URI
 * @param version the code system version
 * @param code the code
 * @param display the code's display text
 * @param userSelected whether a user chose it
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Coding(
    @Nullable String system,
    @Nullable String version,
    @Nullable String code,
    @Nullable String display,
    @Nullable Boolean userSelected,
    UnknownElements unknown) {
  /**
   * The code system of SNOMED CT, which codes vaccines, procedures and target diseases in the Immunisation API, and
   * document types and categories in the National Record Locator.
   */
  public static final String SNOMED_CT = "http://snomed.info/sct";

  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param system the code system URI
   * @param version the code system version
   * @param code the code
   * @param display the code's display text
   * @param userSelected whether a user chose it
   * @param unknown the members the SDK does not model
   */
  public Coding {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows codes only, never free text. */
  @Override
  public String toString() {
    return "Coding[" + system + "|" + code + "]";
  }
}
