package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A pointer to a document about a patient, such as a mental health crisis plan held by a trust: a FHIR R4
 * DocumentReference resource, as the National Record Locator (NRL) serves them. The document itself stays with its
 * custodian; {@link #attachmentUrl()} says where.
 *
 * <p>The {@code modifierExtension}, {@code implicitRules} and {@code language} elements are not modelled and stay in
 * {@link #unknown()}.
 *
 * <p>Immutable; edit with {@link #toBuilder()}. {@link #toString()} shows the type, id and version only.
 *
 * @param id the logical id; NRL's ids are the custodian's ODS code, a hyphen and the producer's own id
 * @param meta the metadata: version, profiles and security labels
 * @param text the human-readable summary
 * @param contained resources contained inline
 * @param extension extensions
 * @param masterIdentifier the identifier of this version of the document, assigned by its source
 * @param identifier other identifiers of the document
 * @param status {@code current}, {@code superseded} or {@code entered-in-error}
 * @param docStatus the status of the document itself, such as {@code preliminary} or {@code final}
 * @param type the kind of document, a SNOMED CT code in NRL
 * @param category the broad classes of document, such as care plan
 * @param subject who the document is about: the patient, by NHS number in NRL
 * @param date when this pointer was created
 * @param author who wrote the document
 * @param authenticator who attested the document is valid
 * @param custodian the organisation that keeps the document and gives access to it, by ODS code in NRL
 * @param relatesTo relationships to other pointers, such as the one this replaces
 * @param description a human-readable description of the document
 * @param securityLabel the document's confidentiality and other security labels
 * @param content the document's locations and formats
 * @param context the clinical context: encounter, period, practice setting, related organisations
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record DocumentReference(
    @Nullable String id,
    @Nullable Meta meta,
    @Nullable Narrative text,
    List<Resource> contained,
    List<Extension> extension,
    @Nullable Identifier masterIdentifier,
    List<Identifier> identifier,
    @Nullable String status,
    @Nullable String docStatus,
    @Nullable CodeableConcept type,
    List<CodeableConcept> category,
    @Nullable Reference subject,
    @Nullable FhirDateTime date,
    List<Reference> author,
    @Nullable Reference authenticator,
    @Nullable Reference custodian,
    List<RelatesTo> relatesTo,
    @Nullable String description,
    List<CodeableConcept> securityLabel,
    List<Content> content,
    @Nullable Context context,
    UnknownElements unknown) implements Resource {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param id the logical id
   * @param meta the metadata
   * @param text the human-readable summary
   * @param contained resources contained inline
   * @param extension extensions
   * @param masterIdentifier the identifier of this version of the document
   * @param identifier other identifiers of the document
   * @param status the pointer's status
   * @param docStatus the status of the document itself
   * @param type the kind of document
   * @param category the broad classes of document
   * @param subject who the document is about
   * @param date when this pointer was created
   * @param author who wrote the document
   * @param authenticator who attested the document is valid
   * @param custodian the organisation that keeps the document
   * @param relatesTo relationships to other pointers
   * @param description a description of the document
   * @param securityLabel security labels
   * @param content the document's locations and formats
   * @param context the clinical context
   * @param unknown the members the SDK does not model
   */
  public DocumentReference {
    contained = contained == null ? List.of() : List.copyOf(contained);
    extension = extension == null ? List.of() : List.copyOf(extension);
    identifier = identifier == null ? List.of() : List.copyOf(identifier);
    category = category == null ? List.of() : List.copyOf(category);
    author = author == null ? List.of() : List.copyOf(author);
    relatesTo = relatesTo == null ? List.of() : List.copyOf(relatesTo);
    securityLabel = securityLabel == null ? List.of() : List.copyOf(securityLabel);
    content = content == null ? List.of() : List.copyOf(content);
    unknown = unknown == null ? UnknownElements.none() : unknown;
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
    builder.masterIdentifier = masterIdentifier;
    builder.identifier = identifier;
    builder.status = status;
    builder.docStatus = docStatus;
    builder.type = type;
    builder.category = category;
    builder.subject = subject;
    builder.date = date;
    builder.author = author;
    builder.authenticator = authenticator;
    builder.custodian = custodian;
    builder.relatesTo = relatesTo;
    builder.description = description;
    builder.securityLabel = securityLabel;
    builder.content = content;
    builder.context = context;
    builder.unknown = unknown;
    return builder;
  }

  @Override
  public String resourceType() {
    return "DocumentReference";
  }

  /**
   * Returns the NHS number of the patient the document is about: the subject's identifier, if its system is
   * {@link NhsNumber#SYSTEM}.
   *
   * @return the NHS number's digits, or empty if the subject is not identified by NHS number
   */
  public Optional<String> subjectNhsNumber() {
    return identifierValue(subject, NhsNumber.SYSTEM);
  }

  /**
   * Returns the ODS code of the organisation that keeps the document: the custodian's identifier, if its system
   * is {@link OdsCode#SYSTEM}.
   *
   * @return the ODS code, or empty if the custodian is not identified by ODS code
   */
  public Optional<String> custodianOdsCode() {
    return identifierValue(custodian, OdsCode.SYSTEM);
  }

  /**
   * Returns the SNOMED CT code of the kind of document, such as {@code 736253002} (mental health crisis plan).
   *
   * @return the code of the type's first SNOMED CT coding, or empty if it has none
   */
  public Optional<String> typeCode() {
    return type == null ? Optional.empty() : type.coding().stream()
        .filter(coding -> Coding.SNOMED_CT.equals(coding.system()) && coding.code() != null)
        .map(Coding::code).findFirst();
  }

  /**
   * Returns where the document can be fetched from: the URL of the first content's attachment.
   *
   * @return the URL, or empty if the first content has none
   */
  public Optional<String> attachmentUrl() {
    return content.stream().findFirst().map(Content::attachment).map(Attachment::url);
  }

  private static Optional<String> identifierValue(@Nullable Reference reference, String system) {
    return reference == null || reference.identifier() == null ? Optional.empty()
        : Identifiers.valueOf(List.of(reference.identifier()), system);
  }

  @Override
  public String toString() {
    return Resource.describe(this);
  }

  /**
   * A relationship to another document pointer.
   *
   * @param code {@code replaces}, {@code transforms}, {@code signs} or {@code appends}
   * @param target the other pointer
   * @param unknown the members the SDK does not model
   */
  public record RelatesTo(@Nullable String code, @Nullable Reference target, UnknownElements unknown) {
    /**
     * Fills absent unknown members.
     *
     * @param code the relationship
     * @param target the other pointer
     * @param unknown the members the SDK does not model
     */
    public RelatesTo {
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    @Override
    public String toString() {
      return "RelatesTo[" + code + "]";
    }
  }

  /**
   * One location and format of the document.
   *
   * @param attachment where the document is, its MIME type, title and creation time
   * @param format the document's format, such as unstructured or a structured record
   * @param unknown the members the SDK does not model
   */
  public record Content(@Nullable Attachment attachment, @Nullable Coding format, UnknownElements unknown) {
    /**
     * Fills absent unknown members.
     *
     * @param attachment where the document is
     * @param format the document's format
     * @param unknown the members the SDK does not model
     */
    public Content {
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    /** Shows no values: the URL may identify a patient. */
    @Override
    public String toString() {
      return "Content[***]";
    }
  }

  /**
   * The clinical context of the document.
   *
   * @param encounter the encounters the document is about
   * @param event the main clinical acts documented
   * @param period when the documented service took place
   * @param facilityType the kind of facility where the patient was seen
   * @param practiceSetting the clinical speciality, such as mental health or general practice
   * @param sourcePatientInfo the patient as the source system knew them
   * @param related other identifiers and resources the document relates to
   * @param unknown the members the SDK does not model
   */
  public record Context(
      List<Reference> encounter,
      List<CodeableConcept> event,
      @Nullable Period period,
      @Nullable CodeableConcept facilityType,
      @Nullable CodeableConcept practiceSetting,
      @Nullable Reference sourcePatientInfo,
      List<Reference> related,
      UnknownElements unknown) {
    /**
     * Copies lists and fills absent lists and unknown members with empty ones.
     *
     * @param encounter the encounters
     * @param event the main clinical acts
     * @param period when the service took place
     * @param facilityType the kind of facility
     * @param practiceSetting the clinical speciality
     * @param sourcePatientInfo the patient as the source system knew them
     * @param related what the document relates to
     * @param unknown the members the SDK does not model
     */
    public Context {
      encounter = encounter == null ? List.of() : List.copyOf(encounter);
      event = event == null ? List.of() : List.copyOf(event);
      related = related == null ? List.of() : List.copyOf(related);
      unknown = unknown == null ? UnknownElements.none() : unknown;
    }

    /** Shows no values: they may identify a patient. */
    @Override
    public String toString() {
      return "Context[***]";
    }
  }

  /** Builds a {@link DocumentReference}. Not thread-safe. */
  public static final class Builder extends DomainResourceBuilder<Builder> {
    private @Nullable Identifier masterIdentifier;
    private @Nullable String status;
    private @Nullable String docStatus;
    private @Nullable CodeableConcept type;
    private List<CodeableConcept> category = List.of();
    private @Nullable Reference subject;
    private @Nullable FhirDateTime date;
    private List<Reference> author = List.of();
    private @Nullable Reference authenticator;
    private @Nullable Reference custodian;
    private List<RelatesTo> relatesTo = List.of();
    private @Nullable String description;
    private List<CodeableConcept> securityLabel = List.of();
    private List<Content> content = List.of();
    private @Nullable Context context;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets masterIdentifier: the identifier of this version of the document.
     *
     * @param masterIdentifier the value, or null to remove it
     * @return this builder
     */
    public Builder masterIdentifier(@Nullable Identifier masterIdentifier) {
      this.masterIdentifier = masterIdentifier;
      return this;
    }

    /**
     * Sets status: {@code current}, {@code superseded} or {@code entered-in-error}.
     *
     * @param status the value, or null to remove it
     * @return this builder
     */
    public Builder status(@Nullable String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets docStatus: the status of the document itself.
     *
     * @param docStatus the value, or null to remove it
     * @return this builder
     */
    public Builder docStatus(@Nullable String docStatus) {
      this.docStatus = docStatus;
      return this;
    }

    /**
     * Sets type: the kind of document.
     *
     * @param type the value, or null to remove it
     * @return this builder
     */
    public Builder type(@Nullable CodeableConcept type) {
      this.type = type;
      return this;
    }

    /**
     * Sets category: the broad classes of document.
     *
     * @param category the value (copied)
     * @return this builder
     */
    public Builder category(List<CodeableConcept> category) {
      this.category = category == null ? List.of() : category;
      return this;
    }

    /**
     * Sets subject: who the document is about.
     *
     * @param subject the value, or null to remove it
     * @return this builder
     */
    public Builder subject(@Nullable Reference subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets date: when this pointer was created.
     *
     * @param date the value, or null to remove it
     * @return this builder
     */
    public Builder date(@Nullable FhirDateTime date) {
      this.date = date;
      return this;
    }

    /**
     * Sets author: who wrote the document.
     *
     * @param author the value (copied)
     * @return this builder
     */
    public Builder author(List<Reference> author) {
      this.author = author == null ? List.of() : author;
      return this;
    }

    /**
     * Sets authenticator: who attested the document is valid.
     *
     * @param authenticator the value, or null to remove it
     * @return this builder
     */
    public Builder authenticator(@Nullable Reference authenticator) {
      this.authenticator = authenticator;
      return this;
    }

    /**
     * Sets custodian: the organisation that keeps the document.
     *
     * @param custodian the value, or null to remove it
     * @return this builder
     */
    public Builder custodian(@Nullable Reference custodian) {
      this.custodian = custodian;
      return this;
    }

    /**
     * Sets relatesTo: relationships to other pointers.
     *
     * @param relatesTo the value (copied)
     * @return this builder
     */
    public Builder relatesTo(List<RelatesTo> relatesTo) {
      this.relatesTo = relatesTo == null ? List.of() : relatesTo;
      return this;
    }

    /**
     * Sets description: a description of the document.
     *
     * @param description the value, or null to remove it
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets securityLabel: the document's security labels.
     *
     * @param securityLabel the value (copied)
     * @return this builder
     */
    public Builder securityLabel(List<CodeableConcept> securityLabel) {
      this.securityLabel = securityLabel == null ? List.of() : securityLabel;
      return this;
    }

    /**
     * Sets content: the document's locations and formats.
     *
     * @param content the value (copied)
     * @return this builder
     */
    public Builder content(List<Content> content) {
      this.content = content == null ? List.of() : content;
      return this;
    }

    /**
     * Sets context: the clinical context.
     *
     * @param context the value, or null to remove it
     * @return this builder
     */
    public Builder context(@Nullable Context context) {
      this.context = context;
      return this;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     */
    public DocumentReference build() {
      return new DocumentReference(id, meta, text, contained, extension, masterIdentifier, identifier, status,
          docStatus, type, category, subject, date, author, authenticator, custodian, relatesTo, description,
          securityLabel, content, context, unknown);
    }
  }
}
