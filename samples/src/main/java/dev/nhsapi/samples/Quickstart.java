package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.PatientRecord;
import dev.nhsapi.PatientSearch;
import dev.nhsapi.PatientSearchResult;
import dev.nhsapi.core.CallInfo;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsEventListener;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.testing.NhsSandbox;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a patient from the Personal Demographics Service, shows a retry and a typed error.
 *
 * <p>By default it runs offline against the embedded NHS sandbox on loopback. Pass {@code --hosted-sandbox} to
 * call NHS England's hosted sandbox ({@code https://sandbox.api.service.nhs.uk}, open access, no key needed).
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args {@code --hosted-sandbox} to use the hosted sandbox instead of the embedded one
   */
  public static void main(String[] args) {
    if (List.of(args).contains("--hosted-sandbox")) {
      run(NhsEnvironment.SANDBOX, System.out);
    } else {
      try (NhsSandbox sandbox = NhsSandbox.start()) {
        System.out.println("Started the embedded NHS sandbox at " + sandbox.baseUrl());
        run(sandbox.environment(), System.out);
      }
    }
  }

  static void run(NhsEnvironment environment, PrintStream out) {
    NhsClient nhs = NhsClient.builder()
        .environment(environment)
        .transport(t -> t.eventListener(new NhsEventListener() {
          @Override
          public void retryScheduled(CallInfo call, int nextAttempt, String reason, Duration delay) {
            out.println("  retrying after " + reason + " in " + delay.toMillis() + " ms, same X-Request-ID");
          }
        }))
        .build();

    out.println("Reading patient 9000000009 from " + environment.apiUrl(NhsApi.PDS));
    PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
    Patient patient = jane.patient();
    out.println("  " + patient.name().get(0).family() + ", born " + patient.birthDate().value() + ", GP practice "
        + patient.generalPractitionerOdsCode().map(OdsCode::value).orElse("none") + ", version " + jane.version());

    out.println("Searching for female patients called Smith born 2010-10-22");
    PatientSearchResult found = nhs.pds().search(PatientSearch.builder()
        .family("Smith").gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(2010, 10, 22)).build());
    out.println("  " + found.matches().size() + " match(es), best score "
        + found.matches().stream().findFirst().map(m -> String.valueOf(m.score())).orElse("none"));

    out.println("Reading patient 9111231130, who does not exist");
    try {
      nhs.pds().read(NhsNumber.of("9111231130"));
    } catch (ResourceNotFoundException e) {
      out.println("  " + e.getClass().getSimpleName() + ": " + e.errorCode() + " (HTTP " + e.statusCode() + ")");
      out.println("  " + e.getMessage());
    }
  }
}
