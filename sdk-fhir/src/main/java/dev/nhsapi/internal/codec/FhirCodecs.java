package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Resource;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The registry of the FHIR codecs: the codec of {@link Resource}, which picks a resource's codec by its
 * {@code resourceType}, and the codecs other packages use.
 *
 * <p>Each modelled resource has its codec in a class of its own ({@link PatientCodec}, {@link BundleCodec}...),
 * and the datatypes theirs in {@link DatatypeCodecs}. The JVM builds a class's codecs when the class is first
 * used, so a decode builds only the codecs of the resource types it meets; this registry's resource codecs defer
 * to those classes through {@link Codec#lazy} for the same reason.
 */
public final class FhirCodecs {
  private FhirCodecs() {}

  /** Any resource, by its {@code resourceType}; types without a model read as a generic resource. */
  public static final Codec<Resource> RESOURCE = new ResourceCodec();
  /** Patient. */
  public static final Codec<Patient> PATIENT = Codec.lazy(() -> PatientCodec.PATIENT);
  /** Bundle. */
  public static final Codec<Bundle> BUNDLE = Codec.lazy(() -> BundleCodec.BUNDLE);
  /** OperationOutcome, read into the transport's model. */
  public static final Codec<OperationOutcome> OPERATION_OUTCOME =
      Codec.lazy(() -> OperationOutcomeCodec.OPERATION_OUTCOME);
  /** HumanName, for PDS patches. */
  public static final Codec<HumanName> HUMAN_NAME = DatatypeCodecs.HUMAN_NAME;
  /** Address, for PDS patches. */
  public static final Codec<Address> ADDRESS = DatatypeCodecs.ADDRESS;
  /** ContactPoint, for PDS patches. */
  public static final Codec<ContactPoint> CONTACT_POINT = DatatypeCodecs.CONTACT_POINT;

  /**
   * Returns the codec of a modelled resource type, building it on first use.
   *
   * @param resourceType the resource type
   * @return the codec, or null if the type is not modelled
   */
  static @Nullable ObjectCodec<? extends Resource> resourceCodec(String resourceType) {
    return switch (resourceType) {
      case "Patient" -> PatientCodec.PATIENT;
      case "Bundle" -> BundleCodec.BUNDLE;
      case "RelatedPerson" -> RelatedPersonCodec.RELATED_PERSON;
      case "Organization" -> OrganizationCodec.ORGANIZATION;
      case "Practitioner" -> PractitionerCodec.PRACTITIONER;
      case "PractitionerRole" -> PractitionerRoleCodec.PRACTITIONER_ROLE;
      case "DocumentReference" -> DocumentReferenceCodec.DOCUMENT_REFERENCE;
      case "OrganizationAffiliation" -> OrganizationAffiliationCodec.ORGANIZATION_AFFILIATION;
      case "Immunization" -> ImmunizationCodec.IMMUNIZATION;
      default -> null;
    };
  }

  /**
   * Returns the {@code resourceType} of the resource at the reader's position, without consuming it.
   *
   * @param reader the reader
   * @return the resource type
   * @throws IOException if there is no resource object with a {@code resourceType} there
   */
  public static String resourceType(JsonReader reader) throws IOException {
    return ResourceCodec.resourceType(reader);
  }
}
