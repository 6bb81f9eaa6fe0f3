package dev.nhsapi.immunisation;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.Patient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an immunisation search found: the patient's immunisations and the Patient resource they refer to, which
 * the API includes by default and on {@link ImmunizationSearch.Builder#includePatient()}.
 *
 * @param immunizations the matching immunisations, in the API's order; empty if none matched
 * @param patients the included patients; empty if the API included none
 * @param total the number of matching immunisations the API reported, or null if it sent none
 * @param warnings the OperationOutcomes the API put among the results, such as the warning that the application
 *     may not read some of the vaccine types asked for, whose immunisations are then left out; empty if none
 */
public record ImmunizationSearchResult(List<Immunization> immunizations, List<Patient> patients,
    @Nullable Integer total, List<OperationOutcome> warnings) {
  /**
   * Copies the lists.
   *
   * @param immunizations the matching immunisations
   * @param patients the included patients
   * @param total the number of matches reported, or null
   * @param warnings the OperationOutcomes among the results
   * @throws NullPointerException if a list is null or holds null
   */
  public ImmunizationSearchResult {
    immunizations = List.copyOf(immunizations);
    patients = List.copyOf(patients);
    warnings = List.copyOf(warnings);
  }

  /** Shows the counts only. */
  @Override
  public String toString() {
    return "ImmunizationSearchResult[immunizations=" + immunizations.size() + ", patients=" + patients.size()
        + ", total=" + total + ", warnings=" + warnings.size() + "]";
  }
}
