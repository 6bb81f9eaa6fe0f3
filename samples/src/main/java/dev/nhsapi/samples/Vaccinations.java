package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.fhir.Extension;
import dev.nhsapi.fhir.FhirDateTime;
import dev.nhsapi.fhir.Identifier;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Quantity;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.immunisation.ImmunisationClient;
import dev.nhsapi.immunisation.ImmunizationRecord;
import dev.nhsapi.immunisation.ImmunizationSearch;
import dev.nhsapi.immunisation.ImmunizationSearchResult;
import dev.nhsapi.immunisation.VaccineType;
import dev.nhsapi.pds.PatientRecord;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A patient's vaccinations with the Immunisation FHIR API: lists the flu, COVID-19 and RSV vaccinations of
 * patient 9000000009, then records a flu vaccination (the patient's details from PDS), reads it back with its
 * version, corrects its batch number with an update that sends that version in the {@code E-Tag} header, and
 * deletes it.
 *
 * <p>The API takes application-restricted access (signed JWT) only. On the embedded sandbox that is set up for
 * you; on INT set {@code NHS_API_KEY}, {@code NHS_KEY_ID} and {@code NHS_PRIVATE_KEY_FILE}.
 */
public final class Vaccinations {
  private static final NhsNumber JANE = NhsNumber.of("9000000009");

  private Vaccinations() {}

  /**
   * Runs the sample.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.APPLICATION, Vaccinations::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient nhs = environment.client();
    NhsNumber nhsNumber = JANE;
    ImmunisationClient imms = nhs.immunisation();

    // @start region="immunisation-client"
    ImmunizationSearchResult history = nhs.immunisation().search(ImmunizationSearch.builder()
        .patient(nhsNumber)
        .vaccineTypes(VaccineType.FLU, VaccineType.COVID, VaccineType.RSV)
        .build());
    // @end
    out.println("Flu, COVID-19 and RSV vaccinations of patient " + nhsNumber.value() + ": "
        + history.immunizations().size());
    history.immunizations().stream()
        .sorted(Comparator.comparing((Immunization i) -> i.occurrenceDateTime().value()))
        .forEach(i -> out.println("  " + i.occurrenceDateTime().value().substring(0, 10) + " target "
            + String.join("+", i.targetDiseaseCodes()) + ", batch " + i.lotNumber()));

    // @start region="immunization-search"
    ImmunizationSearch search = ImmunizationSearch.builder()
        .patient(NhsNumber.of("9000000009"))
        .vaccineTypes(VaccineType.FLU, VaccineType.COVID)
        .dateFrom(LocalDate.of(2024, 9, 1))
        .build();
    // @end
    out.println("Flu and COVID-19 vaccinations since 2024-09-01: " + imms.search(search).immunizations().size());

    // An update replaces the whole record, on condition that it is still at the version read.
    // @start region="immunisation-write"
    String id = imms.create(flu(nhs.pds().read(nhsNumber)));    // the new record's id, from Location
    ImmunizationRecord recorded = imms.read(id);                 // with its version, from E-Tag
    Immunization corrected = recorded.immunization().toBuilder().lotNumber("FLU25-0418").build();
    ImmunizationRecord updated = imms.update(recorded, corrected); // refused if it changed since the read
    // @end
    out.println("Recorded a flu vaccination, batch " + recorded.immunization().lotNumber() + ", version "
        + recorded.version());
    ImmunizationRecord current = imms.read(id);
    out.println("Corrected its batch to " + current.immunization().lotNumber() + " with E-Tag "
        + recorded.version() + ", now version " + updated.version());

    imms.delete(id);
    try {
      imms.read(id);
    } catch (ResourceNotFoundException e) {
      out.println("Deleted it as entered in error; reading it again: HTTP " + e.statusCode() + " " + e.errorCode());
    }
  }

  /** A flu vaccination given today at practice Y12345, with the patient's details from their PDS record. */
  static Immunization flu(PatientRecord record) {
    Patient pds = record.patient();
    Patient patient = Patient.builder().id("Pat1").identifier(pds.identifier()).name(pds.name())
        .gender(pds.gender()).birthDate(pds.birthDate()).address(pds.address()).build();
    Reference practice = new Reference(null, "Organization", new Identifier(null, List.of(), null, null,
        OdsCode.SYSTEM, "Y12345", null, null, null), null, null);
    FhirDateTime now = FhirDateTime.of(OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
    return Immunization.builder()
        .contained(List.of(patient))
        .extension(List.of(Extension.of(Immunization.VACCINATION_PROCEDURE, "CodeableConcept",
            Immunization.snomed("822851000000102", "Seasonal influenza vaccination (procedure)"))))
        .identifier(List.of(new Identifier(null, List.of(), null, null, "https://example.org/identifiers/vacc",
            UUID.randomUUID().toString(), null, null, null)))
        .status(Immunization.COMPLETED)
        .vaccineCode(Immunization.snomed("39566211000001103", "Supemtek Quadrivalent vaccine (recombinant) "
            + "solution for injection 0.5ml pre-filled syringes (Sanofi) (product)"))
        .patient(new Reference("#Pat1", null, null, null, null))
        .occurrenceDateTime(now)
        .recorded(now)
        .primarySource(true)
        .location(practice)
        .lotNumber("FLU25-0417")
        .route(Immunization.snomed("78421000", "Intramuscular route (qualifier value)"))
        .doseQuantity(new Quantity(new BigDecimal("0.5"), null, "milliliter", "http://unitsofmeasure.org", "ml",
            null))
        .performer(List.of(Immunization.Performer.of(practice)))
        .protocolApplied(List.of(Immunization.ProtocolApplied.of(1,
            List.of(Immunization.snomed("6142004", "Influenza")))))
        .build();
  }
}
