package dev.nhsapi.immunisation;

import dev.nhsapi.fhir.Immunization;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immunisation as the Immunisation FHIR API returned it for a read: the record and its version, which an
 * update sends back in the {@code E-Tag} header.
 *
 * @param immunization the immunisation
 * @param version the version from the {@code E-Tag} header (or {@code meta.versionId}), or null if the API sent
 *     none
 */
public record ImmunizationRecord(Immunization immunization, @Nullable String version) {
  /**
   * Validates the parts.
   *
   * @param immunization the immunisation
   * @param version the version, or null
   * @throws NullPointerException if {@code immunization} is null
   */
  public ImmunizationRecord {
    Objects.requireNonNull(immunization, "immunization == null");
  }

  /** Shows the version only, never the immunisation. */
  @Override
  public String toString() {
    return "ImmunizationRecord[version=" + version + "]";
  }
}
