package dev.nhsapi.pds;

import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A patient as PDS returned it for a read: the record, its version (for {@code If-Match} on a later update),
 * and whether the number asked for was superseded.
 *
 * <p>PDS answers a read of a superseded NHS number with the <em>new</em> record, under its new number, and no
 * redirect. {@link #wasSuperseded()} makes that explicit: replace the old number wherever it is stored.
 *
 * @param patient the patient
 * @param requested the NHS number that was read
 * @param version the record's version from the {@code ETag} (or {@code meta.versionId}), or null if PDS sent none
 */
public record PatientRecord(Patient patient, NhsNumber requested, @Nullable String version) {
  /**
   * Validates the parts.
   *
   * @param patient the patient
   * @param requested the NHS number that was read
   * @param version the version, or null
   * @throws NullPointerException if the patient or requested number is null
   */
  public PatientRecord {
    Objects.requireNonNull(patient, "patient == null");
    Objects.requireNonNull(requested, "requested == null");
  }

  /**
   * Returns whether PDS returned a different record than the number asked for, because that number was
   * superseded.
   *
   * @return true if superseded
   */
  public boolean wasSuperseded() {
    return patient.id() != null && !patient.id().equals(requested.value());
  }

  /**
   * Returns the NHS number that replaced the one asked for.
   *
   * @return the new number, or empty if the number was not superseded
   */
  public Optional<NhsNumber> supersededBy() {
    String id = patient.id();
    return wasSuperseded() && id != null && NhsNumber.isValid(id) ? Optional.of(NhsNumber.of(id)) : Optional.empty();
  }

  /**
   * Returns whether the record is restricted (sensitive): PDS withholds its address, telecom and GP.
   *
   * @return true if restricted
   */
  public boolean restricted() {
    return patient.restricted();
  }

  /** Shows the version and flags only, never the patient. */
  @Override
  public String toString() {
    return "PatientRecord[version=" + version + ", superseded=" + wasSuperseded() + ", restricted=" + restricted()
        + "]";
  }
}
