package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A vaccination given to a patient: a FHIR R4 Immunization resource, with the elements the Immunisation FHIR
 * API's profile uses.
 *
 * <p>When a record is sent or read by id, {@link #patient()} points ({@code #Pat1}) at a Patient in
 * {@link #contained()}; in search results it names the patient by NHS number instead. {@link #patientNhsNumber()}
 * reads either. Elements the SDK does not model ({@code reportOrigin}, {@code statusReason}, {@code note},
 * {@code occurrenceString}...) stay in {@link #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id the API assigned, a UUID
 * @param meta the metadata: version
 * @param text the human-readable summary
 * @param contained resources contained inline: the Patient, and any Practitioner
 * @param extension extensions, such as the vaccination procedure
 * @param identifier the identifier the recording system gave the event
 * @param status {@code completed} (the only status the API takes)
 * @param vaccineCode the vaccine product
 * @param patient the patient vaccinated
 * @param occurrenceDateTime when the vaccine was given
 * @param recorded when the event was first recorded
 * @param primarySource whether the record comes from the person who gave the vaccine or their system
 * @param location where the vaccine was given
 * @param manufacturer the vaccine's manufacturer
 * @param lotNumber the vaccine's batch number
 * @param expirationDate when the batch expires
 * @param site the body site
 * @param route the route, such as intramuscular
 * @param doseQuantity the amount given
 * @param performer who gave the vaccine, and the organisation responsible
 * @param reasonCode why it was given
 * @param protocolApplied the diseases targeted and the dose number
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Immunization(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    List<Identifier> identifier,
    @Nullable String status,
    @Nullable CodeableConcept vaccineCode,
    @Nullable Reference patient,
    @Nullable FhirDateTime occurrenceDateTime,
    @Nullable FhirDateTime recorded,
    @Nullable Boolean primarySource,
    @Nullable Reference location,
    @Nullable Reference manufacturer,
    @Nullable String lotNumber,
    @Nullable FhirDate expirationDate,
    @Nullable CodeableConcept site,
    @Nullable CodeableConcept route,
    @Nullable Quantity doseQuantity,
    List<Performer> performer,
    List<CodeableConcept> reasonCode,
    List<ProtocolApplied> protocolApplied,
    UnknownElements unknown) implements Resource {
  /** The URL of the UK Core extension that holds the vaccination procedure. */
  public static final String VACCINATION_PROCEDURE = UkCore.UK_CORE + "VaccinationProcedure";

  /** The only {@link #status()} the Immunisation FHIR API records. */
  public static final String COMPLETED = "completed";

  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions
   * @param identifier the identifier the recording system gave the event
   * @param status the status
   * @param vaccineCode the vaccine product
   * @param patient the patient vaccinated
   * @param occurrenceDateTime when the vaccine was given
   * @param recorded when the event was first recorded
   * @param primarySource whether the record comes from a primary source
   * @param location where the vaccine was given
   * @param manufacturer the vaccine's manufacturer
   * @param lotNumber the batch number
   * @param expirationDate when the batch expires
   * @param site the body site
   * @param route the route
   * @param doseQuantity the amount given
   * @param performer who gave the vaccine
   * @param reasonCode why it was given
   * @param protocolApplied the diseases targeted and the dose number
   * @param unknown the members the SDK does not model
   */
  public Immunization {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    performer = performer == null ? List.of() : List.copyOf(performer);
    reasonCode = reasonCode == null ? List.of() : List.copyOf(reasonCode);
    protocolApplied = protocolApplied == null ? List.of() : List.copyOf(protocolApplied);
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /**
   * Returns a SNOMED CT concept, the coding the API uses for vaccines, procedures, sites, routes and diseases.
   *
   * @param code the SNOMED CT concept id
   * @param display the concept's term
   * @return the concept
   * @throws NullPointerException if either is null
   */
  public static CodeableConcept snomed(String code, String display) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(display, "display == null");
    return new CodeableConcept(List.of(new Coding(Coding.SNOMED_CT, null, code, display, null, UnknownElements.none())), null,
        UnknownElements.none());
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this resource, to change some elements and keep the rest, unknown ones included.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.meta = meta;
    builder.text = text;
    builder.contained = contained;
    builder.extension = extension;
    builder.identifier = identifier;
    builder.status = status;
    builder.vaccineCode = vaccineCode;
    builder.patient = patient;
    builder.occurrenceDateTime = occurrenceDateTime;
    builder.recorded = recorded;
    builder.primarySource = primarySource;
    builder.location = location;
    builder.manufacturer = manufacturer;
    builder.lotNumber = lotNumber;
    builder.expirationDate = expirationDate;
    builder.site = site;
    builder.route = route;
    builder.doseQuantity = doseQuantity;
    builder.performer = performer;
    builder.reasonCode = reasonCode;
    builder.protocolApplied = protocolApplied;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "Immunization";
  }

  /**
   * Returns the contained Patient that {@link #patient()} points at ({@code #Pat1} names the contained resource
   * with id {@code Pat1}).
   *
   * @return the patient, or empty if the reference is not to a contained Patient
   */
  public Optional<Patient> containedPatient() {
    String reference = patient == null ? null : patient.reference();
    if (reference == null || !reference.startsWith("#")) {
      return Optional.empty();
    }
    String localId = reference.substring(1);
    return contained.stream()
        .filter(r -> r instanceof Patient && localId.equals(r.id()))
        .map(Patient.class::cast)
        .findFirst();
  }

  /**
   * Returns the vaccinated patient's NHS number: from the identifier of {@link #patient()} (as search results
   * give it), or else from the contained Patient it points at (as reads give it).
   *
   * @return the NHS number, or empty if neither holds a valid one
   */
  public Optional<NhsNumber> patientNhsNumber() {
    Identifier byIdentifier = patient == null ? null : patient.identifier();
    if (byIdentifier != null && NhsNumber.SYSTEM.equals(byIdentifier.system()) && byIdentifier.value() != null
        && NhsNumber.isValid(byIdentifier.value())) {
      return Optional.of(NhsNumber.of(byIdentifier.value()));
    }
    return containedPatient().flatMap(Patient::nhsNumber);
  }

  /**
   * Returns the SNOMED CT codes of the diseases the vaccine targets, from every {@link #protocolApplied()}, in
   * order and without repeats.
   *
   * @return the codes, such as {@code 6142004} (influenza); empty if none is coded in SNOMED CT
   */
  public List<String> targetDiseaseCodes() {
    return protocolApplied.stream()
        .flatMap(p -> p.targetDisease().stream())
        .flatMap(d -> d.coding().stream())
        .filter(c -> Coding.SNOMED_CT.equals(c.system()) && c.code() != null)
        .map(Coding::code)
        .distinct()
        .toList();
  }

  /**
   * Returns the SNOMED CT code of the vaccination procedure, from the {@value #VACCINATION_PROCEDURE} extension.
   *
   * @return the code, or empty if there is no such extension or it has no SNOMED CT coding
   */
  public Optional<String> vaccinationProcedureCode() {
    return extension.stream()
        .filter(e -> VACCINATION_PROCEDURE.equals(e.url()))
        .flatMap(e -> e.value(CodeableConcept.class).stream())
        .flatMap(concept -> concept.coding().stream())
        .filter(c -> Coding.SNOMED_CT.equals(c.system()) && c.code() != null)
        .map(Coding::code)
        .findFirst();
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /**
   * Who gave the vaccine ({@code actor} a reference to a contained Practitioner), or the organisation responsible
   * ({@code actor} identifying it by ODS code): one {@code Immunization.performer}.
   *
   * @param function what the performer did, or null
   * @param actor the practitioner or organisation
   * @param unknown the members the SDK does not model, kept for a lossless round trip
   */
  public record Performer(@Nullable CodeableConcept function, Reference actor, UnknownElements unknown) {
    /**
     * Checks the actor and fills absent unknown members.
     *
     * @param function what the performer did, or null
     * @param actor the practitioner or organisation
     * @param unknown the members the SDK does not model
     * @throws NullPointerException if {@code actor} is null
     */
    public Performer {
      Objects.requireNonNull(actor, "actor == null");
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    /**
     * Returns a performer with only an actor.
     *
     * @param actor the practitioner or organisation
     * @return the performer
     * @throws NullPointerException if {@code actor} is null
     */
    public static Performer of(Reference actor) {
      return new Performer(null, actor, UnknownElements.none());
    }

    /** Shows the shape only, never who. */
    @Override
    public String toString() {
      return "Performer[***]";
    }
  }

  /**
   * The diseases a dose targets and its place in the course: one {@code Immunization.protocolApplied}. The dose
   * number is a {@code doseNumber[x]} choice: a positive integer (preferred) or a text.
   *
   * @param series the name of the series, or null
   * @param targetDisease the diseases targeted
   * @param doseNumberPositiveInt the dose number, or null
   * @param doseNumberString the dose described in words, where there is no number, or null
   * @param unknown the members the SDK does not model, kept for a lossless round trip
   */
  public record ProtocolApplied(
      @Nullable String series,
      List<CodeableConcept> targetDisease,
      @Nullable Integer doseNumberPositiveInt,
      @Nullable String doseNumberString,
      UnknownElements unknown) {
    /**
     * Copies lists, fills absent ones and checks the dose number.
     *
     * @param series the name of the series, or null
     * @param targetDisease the diseases targeted
     * @param doseNumberPositiveInt the dose number, or null
     * @param doseNumberString the dose in words, or null
     * @param unknown the members the SDK does not model
     * @throws IllegalArgumentException if both dose numbers are given (doseNumber[x] takes one), or the number is
     *     below 1
     */
    public ProtocolApplied {
      if (doseNumberPositiveInt != null && doseNumberString != null) {
        throw new IllegalArgumentException("doseNumber[x] takes one of doseNumberPositiveInt and doseNumberString");
      }
      if (doseNumberPositiveInt != null && doseNumberPositiveInt < 1) {
        throw new IllegalArgumentException("doseNumberPositiveInt must be 1 or more");
      }
      targetDisease = targetDisease == null ? List.of() : List.copyOf(targetDisease);
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    /**
     * Returns the protocol of a numbered dose against the given diseases.
     *
     * @param doseNumber the dose's place in the course, from 1
     * @param targetDisease the diseases targeted
     * @return the protocol
     * @throws IllegalArgumentException if {@code doseNumber} is below 1
     * @throws NullPointerException if {@code targetDisease} is null
     */
    public static ProtocolApplied of(int doseNumber, List<CodeableConcept> targetDisease) {
      return new ProtocolApplied(null, Objects.requireNonNull(targetDisease, "targetDisease == null"), doseNumber,
          null, UnknownElements.none());
    }

    /** Shows the target disease codes and dose number, which are not personal. */
    @Override
    public String toString() {
      return "ProtocolApplied[targetDisease=" + targetDisease + ", dose="
          + (doseNumberPositiveInt != null ? doseNumberPositiveInt : doseNumberString == null ? "none" : "text")
          + "]";
    }
  }

  /** Builds an {@link Immunization}. Not thread-safe. */
  public static final class Builder extends ImmunizationBuilder {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }
  }
}
