package dev.nhsapi.immunisation;

import dev.nhsapi.fhir.Immunization;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immunisation as the Immunisation FHIR API returned it for a read or an update: the record, the id it is
 * stored under, and its version, which the next update sends back in the {@code E-Tag} header. Pass it to
 * {@link ImmunisationClient#update(ImmunizationRecord, Immunization)} to change the record.
 *
 * @param immunization the immunisation
 * @param id the id the record is stored under, as {@link ImmunisationClient#create} returned it
 * @param version the version from the {@code E-Tag} header (or {@code meta.versionId}), or null if the API sent
 *     none
 */
public record ImmunizationRecord(Immunization immunization, String id, @Nullable String version) {
  /**
   * Validates the parts.
   *
   * @param immunization the immunisation
   * @param id the id the record is stored under
   * @param version the version, or null
   * @throws NullPointerException if {@code immunization} or {@code id} is null
   */
  public ImmunizationRecord {
    Objects.requireNonNull(immunization, "immunization == null");
    Objects.requireNonNull(id, "id == null");
  }

  /** Shows the version only, never the immunisation. */
  @Override
  public String toString() {
    return "ImmunizationRecord[version=" + version + "]";
  }
}
