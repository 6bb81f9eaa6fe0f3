package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The Personal Demographics Service in one minute: reads a patient, searches, updates an address, and shows a typed
 * error with the request id to quote to NHS support.
 *
 * <p>By default it runs offline against the embedded NHS sandbox, signed in as a healthcare worker. Pass
 * {@code --env sandbox} for NHS England's hosted sandbox or {@code --env int} for INT (see
 * {@link SampleEnvironment} for the variables INT needs).
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.HEALTHCARE_WORKER, Quickstart::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    // One client per application: it is thread-safe and holds the connection pool, token cache and breaker.
    NhsClient nhs = environment.client(SampleEnvironment.printingRetries(out));

    out.println("Reading patient 9000000009");
    PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
    Patient patient = jane.patient();
    HumanName name = patient.name().get(0);
    out.println("  " + String.join(" ", name.prefix()) + " " + String.join(" ", name.given()) + " " + name.family()
        + ", born " + patient.birthDate().value() + ", GP practice "
        + patient.generalPractitionerOdsCode().map(OdsCode::value).orElse("none") + ", version " + jane.version());

    out.println("Searching for female patients called Smith born 2010-10-22");
    PatientSearchResult found = nhs.pds().search(PatientSearch.builder()
        .family("Smith").gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(2010, 10, 22)).build());
    out.println("  " + found.matches().size() + " match(es), best score "
        + found.matches().stream().findFirst().map(m -> String.valueOf(m.score())).orElse("none"));

    out.println("Moving her to a new home address");
    Address newHome = Address.of("home", List.of("1 Trevelyan Square", "Boar Lane", "Leeds"), "LS1 6AE");
    // update() reads, patches with If-Match, and reads and patches again if someone else changed the record first.
    PatientRecord moved = nhs.pds().update(jane.requested(),
        current -> PatientPatch.builder(current).replaceHomeAddress(newHome).build(), 3);
    out.println("  now at " + moved.patient().address().get(0).postalCode() + ", version " + moved.version());

    out.println("Reading patient 9111231130, who does not exist");
    try {
      nhs.pds().read(NhsNumber.of("9111231130"));
    } catch (ResourceNotFoundException e) {
      out.println("  " + e.getClass().getSimpleName() + ": " + e.errorCode() + " (HTTP " + e.statusCode()
          + "), X-Request-ID " + e.requestId());
    }

    out.println("Done: read a patient, found her by search, moved her (version " + jane.version() + " -> "
        + moved.version() + "), and caught a typed error carrying the request id NHS support asks for.");
  }
}
