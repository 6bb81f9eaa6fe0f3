package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.websitecontent.ContentArea;
import java.io.PrintStream;

/**
 * Three APIs in one journey: looks a patient up in the Personal Demographics Service, finds their GP practice in
 * the Organisation Data Service (ODS), then shows the NHS website's page on a condition to share with them.
 *
 * <p>PDS takes the healthcare worker's credentials; ODS and the NHS website content API take the application's
 * API key ({@code NHS_API_KEY} on INT), so the sample uses two clients. On the embedded sandbox both are set up
 * for you.
 */
public final class PatientJourney {
  private PatientJourney() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.HEALTHCARE_WORKER, PatientJourney::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient pdsClient = environment.client();
    NhsClient apiKeyClient = environment.client(SampleEnvironment.Access.API_KEY);

    PatientRecord patient = pdsClient.pds().read(NhsNumber.of("9000000009"));
    OdsCode practiceCode = patient.patient().generalPractitionerOdsCode().orElseThrow(
        () -> new IllegalStateException("the patient has no registered GP practice"));
    Organization practice = apiKeyClient.ods().read(practiceCode);
    out.println("Patient 9000000009 is registered with " + practice.name() + " (" + practiceCode.value() + ")");

    ConditionInfo.printPage(apiKeyClient.websiteContent().read(ContentArea.CONDITIONS, "asthma"), out);
  }
}
