package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The elements of {@link Immunization} beyond those every domain resource has, their setters, and the resource
 * they build, for {@link Immunization.Builder}; in a file of their own so that {@code Immunization.java} holds the
 * resource.
 */
abstract class ImmunizationBuilder extends DomainResourceBuilder<Immunization.Builder> {
  @Nullable String status;
  @Nullable CodeableConcept vaccineCode;
  @Nullable Reference patient;
  @Nullable FhirDateTime occurrenceDateTime;
  @Nullable FhirDateTime recorded;
  @Nullable Boolean primarySource;
  @Nullable Reference location;
  @Nullable Reference manufacturer;
  @Nullable String lotNumber;
  @Nullable FhirDate expirationDate;
  @Nullable CodeableConcept site;
  @Nullable CodeableConcept route;
  @Nullable Quantity doseQuantity;
  List<Immunization.Performer> performer = List.of();
  List<CodeableConcept> reasonCode = List.of();
  List<Immunization.ProtocolApplied> protocolApplied = List.of();

  /**
   * Sets status: {@code completed}, the only status the API takes.
   *
   * @param status the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder status(@Nullable String status) {
    this.status = status;
    return self();
  }

  /**
   * Sets vaccineCode: the vaccine product (dm+d / SNOMED CT).
   *
   * @param vaccineCode the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder vaccineCode(@Nullable CodeableConcept vaccineCode) {
    this.vaccineCode = vaccineCode;
    return self();
  }

  /**
   * Sets patient: the patient vaccinated; the API wants a reference to a contained Patient ({@code #Pat1}).
   *
   * @param patient the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder patient(@Nullable Reference patient) {
    this.patient = patient;
    return self();
  }

  /**
   * Sets occurrenceDateTime: when the vaccine was given.
   *
   * @param occurrenceDateTime the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder occurrenceDateTime(@Nullable FhirDateTime occurrenceDateTime) {
    this.occurrenceDateTime = occurrenceDateTime;
    return self();
  }

  /**
   * Sets recorded: when the event was first recorded.
   *
   * @param recorded the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder recorded(@Nullable FhirDateTime recorded) {
    this.recorded = recorded;
    return self();
  }

  /**
   * Sets primarySource: whether the record comes from the person who gave the vaccine or their system.
   *
   * @param primarySource the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder primarySource(@Nullable Boolean primarySource) {
    this.primarySource = primarySource;
    return self();
  }

  /**
   * Sets location: where the vaccine was given, by ODS code or school URN.
   *
   * @param location the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder location(@Nullable Reference location) {
    this.location = location;
    return self();
  }

  /**
   * Sets manufacturer: the vaccine's manufacturer.
   *
   * @param manufacturer the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder manufacturer(@Nullable Reference manufacturer) {
    this.manufacturer = manufacturer;
    return self();
  }

  /**
   * Sets lotNumber: the vaccine's batch number.
   *
   * @param lotNumber the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder lotNumber(@Nullable String lotNumber) {
    this.lotNumber = lotNumber;
    return self();
  }

  /**
   * Sets expirationDate: when the batch expires.
   *
   * @param expirationDate the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder expirationDate(@Nullable FhirDate expirationDate) {
    this.expirationDate = expirationDate;
    return self();
  }

  /**
   * Sets site: the body site.
   *
   * @param site the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder site(@Nullable CodeableConcept site) {
    this.site = site;
    return self();
  }

  /**
   * Sets route: the route, such as intramuscular.
   *
   * @param route the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder route(@Nullable CodeableConcept route) {
    this.route = route;
    return self();
  }

  /**
   * Sets doseQuantity: the amount given.
   *
   * @param doseQuantity the value, or null to remove it
   * @return this builder
   */
  public Immunization.Builder doseQuantity(@Nullable Quantity doseQuantity) {
    this.doseQuantity = doseQuantity;
    return self();
  }

  /**
   * Sets performer: who gave the vaccine, and the organisation responsible.
   *
   * @param performer the value (copied)
   * @return this builder
   */
  public Immunization.Builder performer(List<Immunization.Performer> performer) {
    this.performer = performer == null ? List.of() : performer;
    return self();
  }

  /**
   * Sets reasonCode: why the vaccine was given.
   *
   * @param reasonCode the value (copied)
   * @return this builder
   */
  public Immunization.Builder reasonCode(List<CodeableConcept> reasonCode) {
    this.reasonCode = reasonCode == null ? List.of() : reasonCode;
    return self();
  }

  /**
   * Sets protocolApplied: the diseases targeted and the dose number.
   *
   * @param protocolApplied the value (copied)
   * @return this builder
   */
  public Immunization.Builder protocolApplied(List<Immunization.ProtocolApplied> protocolApplied) {
    this.protocolApplied = protocolApplied == null ? List.of() : protocolApplied;
    return self();
  }

  /**
   * Returns the resource.
   *
   * @return the resource
   */
  public Immunization build() {
    return new Immunization(id, meta, text, contained, extension, identifier, status, vaccineCode, patient,
        occurrenceDateTime, recorded, primarySource, location, manufacturer, lotNumber, expirationDate, site,
        route, doseQuantity, performer, reasonCode, protocolApplied, unknown);
  }
}
