package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ConflictException;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import java.io.PrintStream;

/**
 * Updates a patient in the Personal Demographics Service the way PDS requires: patch the version you read
 * ({@code If-Match}), and on a version conflict read again and re-apply the change.
 *
 * <p>Updates need healthcare-worker (NHS CIS2) access; the SDK refuses them with application-restricted
 * credentials before any call, as PDS would.
 */
public final class UpdatePatient {
  private UpdatePatient() {}

  /**
   * Runs the updates.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.HEALTHCARE_WORKER, UpdatePatient::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient nhs = environment.client();
    NhsNumber minimal = NhsNumber.of("9000000033");

    PatientRecord before = nhs.pds().read(minimal);
    out.println("Read 9000000033 at version " + before.version() + ": " + before.patient().telecom().size()
        + " contact detail(s)");

    // A patch lists JSON Patch operations in PDS's form: appends with "/-", a test before each replace or remove.
    ContactPoint mobile = ContactPoint.of("phone", "07700 900123", "mobile");
    PatientRecord after = nhs.pds().patch(before, PatientPatch.builder(before).addTelecom(mobile).build());
    out.println("Added a mobile number: version " + after.version() + ", " + after.patient().telecom().size()
        + " contact detail(s)");

    // Patching the old version again fails: someone (here, the call above) changed the record since.
    try {
      nhs.pds().patch(before, PatientPatch.builder(before).addTelecom(mobile).build());
    } catch (ConflictException e) {
      out.println("Patching version " + before.version() + " again: " + e.errorCode() + " (HTTP " + e.statusCode()
          + ")");
    }

    // update() does the read-patch-retry loop for you, re-applying the change to the version it reads.
    PatientRecord updated = nhs.pds().update(minimal,
        current -> PatientPatch.builder(current).addTelecom(ContactPoint.of("email", "jo@example.org", "home"))
            .build(), 3);
    out.println("update() added an email address: version " + updated.version() + ", "
        + updated.patient().telecom().size() + " contact detail(s)");
  }
}
