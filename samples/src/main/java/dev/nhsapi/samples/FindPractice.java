package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.ods.OrganizationSearch;
import dev.nhsapi.pds.PatientRecord;
import java.io.PrintStream;
import java.util.List;

/**
 * Two APIs together: finds a patient's GP practice with the Personal Demographics Service, looks the practice up
 * in the Organisation Data Service (ODS), then lists the pharmacies at the practice's postcode.
 *
 * <p>PDS takes the healthcare worker's credentials; ODS takes the application's API key ({@code NHS_API_KEY} on
 * INT). On the embedded sandbox both are set up for you.
 */
public final class FindPractice {
  private FindPractice() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.HEALTHCARE_WORKER, FindPractice::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient pdsClient = environment.client();
    NhsClient odsClient = environment.client(SampleEnvironment.Access.API_KEY);

    PatientRecord jane = pdsClient.pds().read(NhsNumber.of("9000000009"));
    OdsCode practiceCode = jane.patient().generalPractitionerOdsCode().orElseThrow(
        () -> new IllegalStateException("the patient has no registered GP practice"));
    out.println("Patient 9000000009 is registered with practice " + practiceCode.value());

    Organization practice = odsClient.ods().read(practiceCode);
    Address address = practice.address().get(0);
    out.println("  " + practice.name() + ", " + String.join(", ", address.line()) + ", " + address.postalCode());

    // Pharmacies have the ODS role RO182; the search follows the API's pages lazily, up to 10 results.
    List<Organization> pharmacies = odsClient.ods().search(OrganizationSearch.builder()
        .postcode(address.postalCode()).roleCode("RO182").build(), 10).toList();
    out.println("Pharmacies at " + address.postalCode() + ":");
    pharmacies.forEach(pharmacy -> out.println("  " + pharmacy.odsCode().orElse("?") + " " + pharmacy.name()));
  }
}
