package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import dev.nhsapi.pds.PdsClient;
import java.time.LocalDate;

/**
 * The README's "Calling PDS" example, compiled. A test checks that the README shows exactly the lines between
 * the region markers.
 */
public final class CallingPdsExample {
  private CallingPdsExample() {}

  /**
   * Reads, searches and updates a patient.
   *
   * @param nhs a client for an environment that allows updates (integration, with NHS CIS2 credentials)
   * @param newAddress the patient's new home address
   * @return the updated record
   */
  public static PatientRecord run(NhsClient nhs, Address newAddress) {
    // @start region="readme"
    PdsClient pds = nhs.pds();
    PatientRecord record = pds.read(NhsNumber.of("9000000009"));     // record.wasSuperseded(), .restricted(), .version()
    PatientSearchResult found = pds.search(PatientSearch.builder()    // checked against PDS's rules before any call
        .family("Smith").gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(2010, 10, 22)).build());
    if (found.tooManyMatches()) { /* narrow the search: PDS listed none */ }
    PatientRecord updated = pds.update(record.requested(),            // read, patch, and re-read on a version conflict
        current -> PatientPatch.builder(current).replaceHomeAddress(newAddress).build(), 3);
    // @end
    return updated;
  }
}
