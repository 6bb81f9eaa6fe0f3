package dev.nhsapi.samples.guide;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ConflictException;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Period;
import dev.nhsapi.fhir.RelatedPerson;
import dev.nhsapi.fhir.UkCore;
import dev.nhsapi.pds.PatientCreateResult;
import dev.nhsapi.pds.PatientCreateResult.Created;
import dev.nhsapi.pds.PatientCreateResult.MultipleMatches;
import dev.nhsapi.pds.PatientCreateResult.SingleMatch;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The "Calling PDS" guide's examples. Each method takes a client signed in as a healthcare worker, the access
 * mode PDS allows every operation to.
 */
public final class CallingPdsGuide {
  private CallingPdsGuide() {}

  /**
   * Reads a patient and looks at what PDS says about the record.
   *
   * @param nhs the client
   * @return the record
   */
  public static PatientRecord read(NhsClient nhs) {
    // @start region="read"
    PatientRecord record = nhs.pds().read(NhsNumber.of("9000000009"));
    Patient patient = record.patient();
    if (record.wasSuperseded()) {
      NhsNumber current = record.supersededBy().orElseThrow();    // store this in place of the number you asked for
      System.out.println("Superseded; the patient's number is now " + current.formatted());
    }
    if (record.restricted()) {
      System.out.println("Restricted record: PDS withholds address, telecom and GP");
    }
    String family = patient.name().get(0).family();
    Optional<OdsCode> practice = patient.generalPractitionerOdsCode();
    System.out.println(family + ", GP " + practice.map(OdsCode::value).orElse("none") + ", version "
        + record.version());
    // @end
    return record;
  }

  /**
   * Searches with a wildcard and lists the matches, best first.
   *
   * @param nhs the client
   * @return the result
   */
  public static PatientSearchResult search(NhsClient nhs) {
    // @start region="search"
    PatientSearchResult result = nhs.pds().search(PatientSearch.builder()
        .family("Sm*")                                 // a wildcard, not among the first two characters
        .gender(AdministrativeGender.FEMALE)
        .birthDate(LocalDate.of(2010, 10, 22))
        .maxResults(10)                                // healthcare workers: 1 to 50; application-restricted: 1
        .build());
    if (result.tooManyMatches()) {
      System.out.println("More than 10 people match: add a given name or a postcode");
    }
    for (PatientSearchResult.Match match : result.matches()) {
      System.out.println(match.patient().name().get(0).family() + ", score " + match.score());
    }
    // @end
    return result;
  }

  /**
   * Adds a mobile number to the version of a record that was read, and shows the conflict a stale version gets.
   *
   * @param nhs the client
   * @return the updated record
   */
  public static PatientRecord patch(NhsClient nhs) {
    // @start region="patch"
    PatientRecord record = nhs.pds().read(NhsNumber.of("9000000033"));
    PatientPatch patch = PatientPatch.builder(record)
        .addTelecom(ContactPoint.of("phone", "07700 900123", "mobile"))
        .build();
    PatientRecord updated = nhs.pds().patch(record, patch);       // If-Match: W/"<record.version()>"
    try {
      nhs.pds().patch(record, patch);                             // the same, stale, version again
    } catch (ConflictException e) {
      System.out.println(e.errorCode() + ": read the record again and rebuild the patch");
    }
    // @end
    return updated;
  }

  /**
   * Moves a patient to a new home address, rereading and reapplying if the record changes meanwhile.
   *
   * @param nhs the client
   * @return the updated record
   */
  public static PatientRecord update(NhsClient nhs) {
    // @start region="update"
    Address newHome = Address.of("home", List.of("1 Trevelyan Square", "Boar Lane", "Leeds"), "LS1 6AE");
    PatientRecord moved = nhs.pds().update(NhsNumber.of("9000000009"),
        current -> PatientPatch.builder(current).replaceHomeAddress(newHome).build(), 3);
    // @end
    return moved;
  }

  /**
   * Patches with a request id of the caller's, so the write can be resent safely after a crash.
   *
   * @param nhs the client
   * @return the response
   */
  public static NhsResponse<PatientRecord> patchWithResponse(NhsClient nhs) {
    PatientRecord record = nhs.pds().read(NhsNumber.of("9000000033"));
    PatientPatch patch = PatientPatch.builder(record)
        .addTelecom(ContactPoint.of("email", "jo@example.org", "home"))
        .build();
    // @start region="with-response"
    UUID requestId = UUID.randomUUID();                           // keep it with the pending work
    NhsResponse<PatientRecord> response = nhs.pds().patchWithResponse(record, patch,
        RequestOptions.builder().requestId(requestId).timeout(Duration.ofSeconds(20)).build());
    System.out.println("HTTP " + response.statusCode() + ", now version " + response.value().version()
        + ", X-Request-ID " + response.requestId());
    // @end
    return response;
  }

  /**
   * Asks PDS to create a record for a person it has no record of.
   *
   * @param nhs the client
   * @return the new NHS number, or empty if PDS created nothing because one or several records match
   */
  public static Optional<NhsNumber> create(NhsClient nhs) {
    // @start region="create-person"
    Patient person = Patient.builder()
        .name(List.of(HumanName.builder().use("usual").family("Sample").given(List.of("Alex")).prefix(List.of("Ms"))
            .period(Period.startingOn(LocalDate.of(1990, 11, 20))).build()))
        .gender(AdministrativeGender.FEMALE)
        .birthDate(FhirDate.of(LocalDate.of(1990, 11, 20)))
        .address(List.of(Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE",
            Period.startingOn(LocalDate.of(2020, 1, 1)))))
        .extension(List.of(UkCore.registeringAuthority("x", "RGS")))   // required: who registers the person
        .build();
    // @end
    // @start region="create"
    PatientCreateResult result = nhs.pds().create(person);
    Optional<NhsNumber> nhsNumber = Optional.empty();
    if (result instanceof Created created) {
      nhsNumber = Optional.of(created.record().requested());      // the new NHS number
    } else if (result instanceof SingleMatch) {
      System.out.println("PDS holds this person already; nothing was created: trace them by search");
    } else if (result instanceof MultipleMatches matches) {
      System.out.println(matches.outcome().nhsCode() + ": several records may be this person: trace by search");
    }
    // @end
    return nhsNumber;
  }

  /**
   * Reads a patient's related people.
   *
   * @param nhs the client
   * @return the related people
   */
  public static List<RelatedPerson> relatedPersons(NhsClient nhs) {
    // @start region="related-persons"
    List<RelatedPerson> contacts = nhs.pds().relatedPersons(NhsNumber.of("9000000009"));
    // @end
    return contacts;
  }
}
