package dev.nhsapi.fhir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The UK Core and NHS England extensions PDS returns, by URL, and typed views of the compound ones. Read them
 * through {@link Patient}'s accessors, for example {@link Patient#nhsCommunication()}.
 */
public final class UkCore {
  /** Base of the UK Core extensions' URLs. */
  static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-";

  /** The pharmacy the patient nominated for prescriptions: {@code valueReference} to an ODS code. */
  public static final String NOMINATED_PHARMACY = UK_CORE + "NominatedPharmacy";
  /** The dispenser the patient prefers: {@code valueReference} to an ODS code. */
  public static final String PREFERRED_DISPENSER = UK_CORE + "PreferredDispenserOrganization";
  /** The patient's medical appliance supplier: {@code valueReference} to an ODS code. */
  public static final String MEDICAL_APPLIANCE_SUPPLIER = UK_CORE + "MedicalApplianceSupplier";
  /** Death notification status, nested {@code deathNotificationStatus} and {@code systemEffectiveDate}. */
  public static final String DEATH_NOTIFICATION_STATUS = UK_CORE + "DeathNotificationStatus";
  /** NHS communication, nested {@code language} and {@code interpreterRequired}. */
  public static final String NHS_COMMUNICATION = UK_CORE + "NHSCommunication";
  /** Contact preference, nested written format, contact method and contact times. */
  public static final String CONTACT_PREFERENCE = UK_CORE + "ContactPreference";
  /** Place of birth, {@code valueAddress}. */
  public static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
  /** NHS number verification status, on the NHS number identifier. */
  public static final String NHS_NUMBER_VERIFICATION_STATUS = UK_CORE + "NHSNumberVerificationStatus";
  /** The confidentiality code system of {@code meta.security}; code {@code R} marks a restricted record. */
  public static final String CONFIDENTIALITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

  private UkCore() {}

  /**
   * The patient's communication needs.
   *
   * @param language the preferred language, or null
   * @param interpreterRequired whether an interpreter is needed, or null
   */
  public record NhsCommunication(@Nullable CodeableConcept language, @Nullable Boolean interpreterRequired) {}

  /**
   * Whether and how the patient's death was notified.
   *
   * @param status the death notification status ({@code 1} informal, {@code 2} formal...), or null
   * @param effective when the status took effect, or null
   */
  public record DeathNotification(@Nullable CodeableConcept status, @Nullable FhirDateTime effective) {}

  /**
   * How the patient prefers to be contacted.
   *
   * @param writtenFormat the preferred written format (large print, braille...), or null
   * @param contactMethod the preferred contact method, or null
   * @param contactTimes free text on when to contact, or null
   */
  public record ContactPreference(
      @Nullable CodeableConcept writtenFormat, @Nullable CodeableConcept contactMethod, @Nullable String contactTimes) {
    /** Shows whether each part is present, not the free text. */
    @Override
    public String toString() {
      return "ContactPreference[writtenFormat=" + writtenFormat + ", contactMethod=" + contactMethod
          + ", contactTimes=" + (contactTimes == null ? "none" : "***") + "]";
    }
  }

  /**
   * The authority registering a patient, which a PDS create must carry: nested {@code registeringAuthorityType}
   * and {@code organisationIdentifier}; build it with {@link #registeringAuthority(String, String)}.
   */
  public static final String REGISTERING_AUTHORITY = UK_CORE + "RegisteringAuthority";

  /** The code system of {@link #REGISTERING_AUTHORITY}'s {@code registeringAuthorityType}. */
  public static final String REGISTERING_AUTHORITY_TYPE_SYSTEM =
      "https://fhir.nhs.uk/CodeSystem/UKCore-RegisteringAuthorityType";

  /**
   * Returns the Registering Authority extension a PDS create requires, in the shape of the PDS create example
   * (personal-demographics-service-api {@code specification/components/schemas/extensions/
   * RegisteringAuthority.yaml}).
   *
   * @param typeCode the registering authority type: {@code a} to {@code x}, or {@code 1}, from
   *     {@link #REGISTERING_AUTHORITY_TYPE_SYSTEM}
   * @param organisationIdentifier the registering organisation's identifier (for example its ODS code), 2 to 15
   *     characters
   * @return the extension
   * @throws IllegalArgumentException if the code is not one of the spec's, or the identifier's length is not 2 to
   *     15
   * @throws NullPointerException if either is null
   */
  public static Extension registeringAuthority(String typeCode, String organisationIdentifier) {
    Objects.requireNonNull(typeCode, "typeCode == null");
    Objects.requireNonNull(organisationIdentifier, "organisationIdentifier == null");
    if (!typeCode.matches("[a-x1]")) {
      throw new IllegalArgumentException("a registering authority type is a to x, or 1");
    }
    if (organisationIdentifier.length() < 2 || organisationIdentifier.length() > 15) {
      throw new IllegalArgumentException("a registering authority's organisationIdentifier is 2 to 15 characters");
    }
    CodeableConcept type = new CodeableConcept(
        List.of(new Coding(REGISTERING_AUTHORITY_TYPE_SYSTEM, null, typeCode, null, null, UnknownElements.none())),
        null, UnknownElements.none());
    return Extension.nested(REGISTERING_AUTHORITY, List.of(
        Extension.of("registeringAuthorityType", "CodeableConcept", type),
        Extension.of("organisationIdentifier", "String", organisationIdentifier)));
  }

  static Optional<Extension> find(List<Extension> extensions, String url) {
    return extensions.stream().filter(e -> e.url().equals(url)).findFirst();
  }

  static <V> @Nullable V nested(Extension extension, String url, Class<V> type) {
    return extension.extension(url).flatMap(e -> e.value(type)).orElse(null);
  }

  static Optional<OdsCode> odsReference(List<Extension> extensions, String url) {
    return find(extensions, url)
        .flatMap(e -> e.value(Reference.class))
        .map(Reference::identifier)
        .filter(identifier -> OdsCode.SYSTEM.equals(identifier.system()))
        .map(Identifier::value)
        .flatMap(value -> value == null ? Optional.empty() : OdsCode.tryParse(value));
  }
}
