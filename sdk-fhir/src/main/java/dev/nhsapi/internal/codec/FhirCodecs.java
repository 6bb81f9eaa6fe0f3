package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.DATE;
import static dev.nhsapi.internal.codec.Primitives.DATE_TIME;
import static dev.nhsapi.internal.codec.Primitives.DECIMAL;
import static dev.nhsapi.internal.codec.Primitives.INTEGER;
import static dev.nhsapi.internal.codec.Primitives.POSITIVE_INT;
import static dev.nhsapi.internal.codec.Primitives.STRING;
import static dev.nhsapi.internal.codec.Primitives.UNSIGNED_INT;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.Attachment;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.CodeableConcept;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.Extension;
import dev.nhsapi.fhir.GenericResource;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Identifier;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.Meta;
import dev.nhsapi.fhir.Narrative;
import dev.nhsapi.fhir.Organization;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Period;
import dev.nhsapi.fhir.Practitioner;
import dev.nhsapi.fhir.PractitionerRole;
import dev.nhsapi.fhir.Quantity;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.fhir.RelatedPerson;
import dev.nhsapi.fhir.Resource;
import dev.nhsapi.fhir.UnknownElements;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The codec of every modelled FHIR type, and of {@link Resource} by {@code resourceType}.
 *
 * <p>Factories pass decoded values, null when absent, straight to the models' constructors, which check their
 * required elements; {@link ObjectCodec} reports the constructor's exception as invalid JSON naming the path. That is
 * why NullAway's view of the factories is switched off here.
 */
@SuppressWarnings("NullAway")
public final class FhirCodecs {
  private FhirCodecs() {}

  /** A codec resolved on first use, for types that contain themselves (directly or not). */
  private static <T> Codec<T> lazy(Supplier<Codec<T>> supplier) {
    return new Codec<>() {
      @Override
      public T read(JsonReader reader) throws IOException {
        return supplier.get().read(reader);
      }

      @Override
      public void write(JsonWriter writer, T value) throws IOException {
        supplier.get().write(writer, value);
      }
    };
  }

  public static final Codec<AdministrativeGender> GENDER = new Codec<>() {
    @Override
    public AdministrativeGender read(JsonReader reader) throws IOException {
      String code = STRING.read(reader);
      try {
        return AdministrativeGender.fromCode(code);
      } catch (IllegalArgumentException e) {
        throw new JsonDataException(e.getMessage() + " at path " + reader.getPath());
      }
    }

    @Override
    public void write(JsonWriter writer, AdministrativeGender value) throws IOException {
      writer.value(value.code());
    }
  };

  public static final ObjectCodec<Coding> CODING = ObjectCodec.<Coding>datatype("Coding")
      .one("system", STRING)
      .one("version", STRING)
      .one("code", STRING)
      .one("display", STRING)
      .one("userSelected", BOOLEAN)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.system();
        case 1 -> m.version();
        case 2 -> m.code();
        case 3 -> m.display();
        case 4 -> m.userSelected();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Coding(v.next(), v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<CodeableConcept> CODEABLE_CONCEPT =
      ObjectCodec.<CodeableConcept>datatype("CodeableConcept")
          .many("coding", CODING)
          .one("text", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.coding();
            case 1 -> m.text();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new CodeableConcept(v.list(), v.next(), v.unknown()));

  public static final ObjectCodec<Period> PERIOD = ObjectCodec.<Period>datatype("Period")
      .one("start", DATE_TIME)
      .one("end", DATE_TIME)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.start();
        case 1 -> m.end();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Period(v.next(), v.next(), v.unknown()));

  public static final Codec<Identifier> IDENTIFIER = lazy(() -> Holder.IDENTIFIER);
  public static final Codec<Extension> EXTENSION = lazy(() -> Holder.EXTENSION);
  public static final Codec<Resource> RESOURCE = lazy(() -> Holder.RESOURCE);
  public static final Codec<Patient> PATIENT = lazy(() -> PatientCodec.PATIENT);
  public static final Codec<Bundle> BUNDLE = lazy(() -> BundleCodec.BUNDLE);
  public static final Codec<OperationOutcome> OPERATION_OUTCOME = lazy(() -> OutcomeCodec.OPERATION_OUTCOME);

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


  public static final ObjectCodec<Reference> REFERENCE =
      ObjectCodec.<Reference>datatype("Reference")
          .one("reference", STRING)
          .one("type", STRING)
          .one("identifier", IDENTIFIER)
          .one("display", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.reference();
            case 1 -> m.type();
            case 2 -> m.identifier();
            case 3 -> m.display();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Reference(v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<HumanName> HUMAN_NAME =
      ObjectCodec.<HumanName>datatype("HumanName")
          .one("id", STRING)
          .one("use", STRING)
          .one("text", STRING)
          .one("family", STRING)
          .many("given", STRING)
          .many("prefix", STRING)
          .many("suffix", STRING)
          .one("period", PERIOD)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.use();
            case 2 -> m.text();
            case 3 -> m.family();
            case 4 -> m.given();
            case 5 -> m.prefix();
            case 6 -> m.suffix();
            case 7 -> m.period();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new HumanName(v.next(), v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(),
              v.unknown()));

  public static final ObjectCodec<Address> ADDRESS = ObjectCodec.<Address>datatype("Address")
      .one("id", STRING)
      .many("extension", EXTENSION)
      .one("use", STRING)
      .one("type", STRING)
      .one("text", STRING)
      .many("line", STRING)
      .one("city", STRING)
      .one("district", STRING)
      .one("state", STRING)
      .one("postalCode", STRING)
      .one("country", STRING)
      .one("period", PERIOD)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.id();
        case 1 -> m.extension();
        case 2 -> m.use();
        case 3 -> m.type();
        case 4 -> m.text();
        case 5 -> m.line();
        case 6 -> m.city();
        case 7 -> m.district();
        case 8 -> m.state();
        case 9 -> m.postalCode();
        case 10 -> m.country();
        case 11 -> m.period();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Address(v.next(), v.list(), v.next(), v.next(), v.next(), v.list(), v.next(), v.next(),
          v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<ContactPoint> CONTACT_POINT =
      ObjectCodec.<ContactPoint>datatype("ContactPoint")
          .one("id", STRING)
          .many("extension", EXTENSION)
          .one("system", STRING)
          .one("value", STRING)
          .one("use", STRING)
          .one("rank", POSITIVE_INT)
          .one("period", PERIOD)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.extension();
            case 2 -> m.system();
            case 3 -> m.value();
            case 4 -> m.use();
            case 5 -> m.rank();
            case 6 -> m.period();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new ContactPoint(v.next(), v.list(), v.next(), v.next(), v.next(), v.next(), v.next(),
              v.unknown()));

  public static final ObjectCodec<Meta> META = ObjectCodec.<Meta>datatype("Meta")
      .one("versionId", STRING)
      .one("lastUpdated", DATE_TIME)
      .one("source", STRING)
      .many("profile", STRING)
      .many("security", CODING)
      .many("tag", CODING)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.versionId();
        case 1 -> m.lastUpdated();
        case 2 -> m.source();
        case 3 -> m.profile();
        case 4 -> m.security();
        case 5 -> m.tag();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Meta(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.unknown()));

  public static final ObjectCodec<Quantity> QUANTITY = ObjectCodec.<Quantity>datatype("Quantity")
      .one("value", DECIMAL)
      .one("comparator", STRING)
      .one("unit", STRING)
      .one("system", STRING)
      .one("code", STRING)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.value();
        case 1 -> m.comparator();
        case 2 -> m.unit();
        case 3 -> m.system();
        case 4 -> m.code();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Quantity(v.next(), v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<Attachment> ATTACHMENT =
      ObjectCodec.<Attachment>datatype("Attachment")
          .one("contentType", STRING)
          .one("language", STRING)
          .one("data", STRING)
          .one("url", STRING)
          .one("size", UNSIGNED_INT)
          .one("hash", STRING)
          .one("title", STRING)
          .one("creation", DATE_TIME)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.contentType();
            case 1 -> m.language();
            case 2 -> m.data();
            case 3 -> m.url();
            case 4 -> m.size();
            case 5 -> m.hash();
            case 6 -> m.title();
            case 7 -> m.creation();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Attachment(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
              v.unknown()));

  public static final ObjectCodec<Narrative> NARRATIVE = ObjectCodec.<Narrative>datatype("Narrative")
      .one("status", STRING)
      .one("div", STRING)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.status();
        case 1 -> m.div();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Narrative(v.next(), v.next(), v.unknown()));

  /** The details of an issue: its codings and text. */
  private record Details(List<OperationOutcome.Coding> coding, @Nullable String text) {}

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

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class PatientCodec {
    private PatientCodec() {}

    static final ObjectCodec<Patient> PATIENT = ObjectCodec.<Patient>resource("Patient")
        .one("id", STRING)
        .one("meta", META)
        .one("text", NARRATIVE)
        .many("contained", RESOURCE)
        .many("extension", EXTENSION)
        .many("identifier", IDENTIFIER)
        .one("active", BOOLEAN)
        .many("name", HUMAN_NAME)
        .many("telecom", CONTACT_POINT)
        .one("gender", GENDER)
        .one("birthDate", DATE)
        .one("deceasedBoolean", BOOLEAN)
        .one("deceasedDateTime", DATE_TIME)
        .many("address", ADDRESS)
        .one("maritalStatus", CODEABLE_CONCEPT)
        .one("multipleBirthBoolean", BOOLEAN)
        .one("multipleBirthInteger", INTEGER)
        .many("generalPractitioner", REFERENCE)
        .one("managingOrganization", REFERENCE)
        .build((m, i) -> switch (i) {
          case ObjectCodec.Getters.UNKNOWN -> m.unknown();
          case 0 -> m.id();
          case 1 -> m.meta();
          case 2 -> m.text();
          case 3 -> m.contained();
          case 4 -> m.extension();
          case 5 -> m.identifier();
          case 6 -> m.active();
          case 7 -> m.name();
          case 8 -> m.telecom();
          case 9 -> m.gender();
          case 10 -> m.birthDate();
          case 11 -> m.deceasedBoolean();
          case 12 -> m.deceasedDateTime();
          case 13 -> m.address();
          case 14 -> m.maritalStatus();
          case 15 -> m.multipleBirthBoolean();
          case 16 -> m.multipleBirthInteger();
          case 17 -> m.generalPractitioner();
          case 18 -> m.managingOrganization();
          default -> throw new IndexOutOfBoundsException(i);
        }, v -> new Patient(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
            v.list(), v.next(), v.next(), v.next(), v.next(), v.list(), v.next(), v.next(), v.next(), v.list(),
            v.next(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class RelatedPersonCodec {
    private RelatedPersonCodec() {}

    static final ObjectCodec<RelatedPerson> RELATED_PERSON =
        ObjectCodec.<RelatedPerson>resource("RelatedPerson")
            .one("id", STRING)
            .one("meta", META)
            .one("text", NARRATIVE)
            .many("contained", RESOURCE)
            .many("extension", EXTENSION)
            .many("identifier", IDENTIFIER)
            .one("active", BOOLEAN)
            .one("patient", REFERENCE)
            .many("relationship", CODEABLE_CONCEPT)
            .many("name", HUMAN_NAME)
            .many("telecom", CONTACT_POINT)
            .one("gender", GENDER)
            .one("birthDate", DATE)
            .many("address", ADDRESS)
            .one("period", PERIOD)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.id();
              case 1 -> m.meta();
              case 2 -> m.text();
              case 3 -> m.contained();
              case 4 -> m.extension();
              case 5 -> m.identifier();
              case 6 -> m.active();
              case 7 -> m.patient();
              case 8 -> m.relationship();
              case 9 -> m.name();
              case 10 -> m.telecom();
              case 11 -> m.gender();
              case 12 -> m.birthDate();
              case 13 -> m.address();
              case 14 -> m.period();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new RelatedPerson(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.next(),
                v.list(), v.list(), v.list(), v.next(), v.next(), v.list(), v.next(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class OrganizationCodec {
    private OrganizationCodec() {}

    static final ObjectCodec<Organization> ORGANIZATION =
        ObjectCodec.<Organization>resource("Organization")
            .one("id", STRING)
            .one("meta", META)
            .one("text", NARRATIVE)
            .many("contained", RESOURCE)
            .many("extension", EXTENSION)
            .many("identifier", IDENTIFIER)
            .one("active", BOOLEAN)
            .many("type", CODEABLE_CONCEPT)
            .one("name", STRING)
            .many("alias", STRING)
            .many("telecom", CONTACT_POINT)
            .many("address", ADDRESS)
            .one("partOf", REFERENCE)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.id();
              case 1 -> m.meta();
              case 2 -> m.text();
              case 3 -> m.contained();
              case 4 -> m.extension();
              case 5 -> m.identifier();
              case 6 -> m.active();
              case 7 -> m.type();
              case 8 -> m.name();
              case 9 -> m.alias();
              case 10 -> m.telecom();
              case 11 -> m.address();
              case 12 -> m.partOf();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Organization(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
                v.next(), v.list(), v.list(), v.list(), v.next(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class PractitionerCodec {
    private PractitionerCodec() {}

    static final ObjectCodec<Practitioner> PRACTITIONER =
        ObjectCodec.<Practitioner>resource("Practitioner")
            .one("id", STRING)
            .one("meta", META)
            .one("text", NARRATIVE)
            .many("contained", RESOURCE)
            .many("extension", EXTENSION)
            .many("identifier", IDENTIFIER)
            .one("active", BOOLEAN)
            .many("name", HUMAN_NAME)
            .many("telecom", CONTACT_POINT)
            .many("address", ADDRESS)
            .one("gender", GENDER)
            .one("birthDate", DATE)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.id();
              case 1 -> m.meta();
              case 2 -> m.text();
              case 3 -> m.contained();
              case 4 -> m.extension();
              case 5 -> m.identifier();
              case 6 -> m.active();
              case 7 -> m.name();
              case 8 -> m.telecom();
              case 9 -> m.address();
              case 10 -> m.gender();
              case 11 -> m.birthDate();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Practitioner(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
                v.list(), v.list(), v.next(), v.next(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class PractitionerRoleCodec {
    private PractitionerRoleCodec() {}

    static final ObjectCodec<PractitionerRole> PRACTITIONER_ROLE =
        ObjectCodec.<PractitionerRole>resource("PractitionerRole")
            .one("id", STRING)
            .one("meta", META)
            .one("text", NARRATIVE)
            .many("contained", RESOURCE)
            .many("extension", EXTENSION)
            .many("identifier", IDENTIFIER)
            .one("active", BOOLEAN)
            .one("period", PERIOD)
            .one("practitioner", REFERENCE)
            .one("organization", REFERENCE)
            .many("code", CODEABLE_CONCEPT)
            .many("specialty", CODEABLE_CONCEPT)
            .many("location", REFERENCE)
            .many("telecom", CONTACT_POINT)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.id();
              case 1 -> m.meta();
              case 2 -> m.text();
              case 3 -> m.contained();
              case 4 -> m.extension();
              case 5 -> m.identifier();
              case 6 -> m.active();
              case 7 -> m.period();
              case 8 -> m.practitioner();
              case 9 -> m.organization();
              case 10 -> m.code();
              case 11 -> m.specialty();
              case 12 -> m.location();
              case 13 -> m.telecom();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new PractitionerRole(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(),
                v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.list(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class ImmunizationCodec {
    private ImmunizationCodec() {}

    static final ObjectCodec<Immunization.Performer> PERFORMER =
        ObjectCodec.<Immunization.Performer>datatype("Immunization.performer")
            .one("function", CODEABLE_CONCEPT)
            .one("actor", REFERENCE)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.function();
              case 1 -> m.actor();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Immunization.Performer(v.next(), v.next(), v.unknown()));

    static final ObjectCodec<Immunization.ProtocolApplied> PROTOCOL_APPLIED =
        ObjectCodec.<Immunization.ProtocolApplied>datatype("Immunization.protocolApplied")
            .one("series", STRING)
            .many("targetDisease", CODEABLE_CONCEPT)
            .one("doseNumberPositiveInt", POSITIVE_INT)
            .one("doseNumberString", STRING)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.series();
              case 1 -> m.targetDisease();
              case 2 -> m.doseNumberPositiveInt();
              case 3 -> m.doseNumberString();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Immunization.ProtocolApplied(v.next(), v.list(), v.next(), v.next(), v.unknown()));

    static final ObjectCodec<Immunization> IMMUNIZATION =
        ObjectCodec.<Immunization>resource("Immunization")
            .one("id", STRING)
            .one("meta", META)
            .one("text", NARRATIVE)
            .many("contained", RESOURCE)
            .many("extension", EXTENSION)
            .many("identifier", IDENTIFIER)
            .one("status", STRING)
            .one("vaccineCode", CODEABLE_CONCEPT)
            .one("patient", REFERENCE)
            .one("occurrenceDateTime", DATE_TIME)
            .one("recorded", DATE_TIME)
            .one("primarySource", BOOLEAN)
            .one("location", REFERENCE)
            .one("manufacturer", REFERENCE)
            .one("lotNumber", STRING)
            .one("expirationDate", DATE)
            .one("site", CODEABLE_CONCEPT)
            .one("route", CODEABLE_CONCEPT)
            .one("doseQuantity", QUANTITY)
            .many("performer", PERFORMER)
            .many("reasonCode", CODEABLE_CONCEPT)
            .many("protocolApplied", PROTOCOL_APPLIED)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.id();
              case 1 -> m.meta();
              case 2 -> m.text();
              case 3 -> m.contained();
              case 4 -> m.extension();
              case 5 -> m.identifier();
              case 6 -> m.status();
              case 7 -> m.vaccineCode();
              case 8 -> m.patient();
              case 9 -> m.occurrenceDateTime();
              case 10 -> m.recorded();
              case 11 -> m.primarySource();
              case 12 -> m.location();
              case 13 -> m.manufacturer();
              case 14 -> m.lotNumber();
              case 15 -> m.expirationDate();
              case 16 -> m.site();
              case 17 -> m.route();
              case 18 -> m.doseQuantity();
              case 19 -> m.performer();
              case 20 -> m.reasonCode();
              case 21 -> m.protocolApplied();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Immunization(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.next(),
                v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                v.next(), v.list(), v.list(), v.list(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class BundleCodec {
    private BundleCodec() {}

    static final ObjectCodec<Bundle.Link> BUNDLE_LINK =
        ObjectCodec.<Bundle.Link>datatype("Bundle.link")
            .one("relation", STRING)
            .one("url", STRING)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.relation();
              case 1 -> m.url();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Bundle.Link(v.next(), v.next(), v.unknown()));

    static final ObjectCodec<Bundle.Search> BUNDLE_SEARCH =
        ObjectCodec.<Bundle.Search>datatype("Bundle.entry.search")
            .one("mode", STRING)
            .one("score", DECIMAL)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.mode();
              case 1 -> m.score();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Bundle.Search(v.next(), v.next(), v.unknown()));

    static final ObjectCodec<Bundle.Entry> BUNDLE_ENTRY =
        ObjectCodec.<Bundle.Entry>datatype("Bundle.entry")
            .one("fullUrl", STRING)
            .one("resource", RESOURCE)
            .one("search", BUNDLE_SEARCH)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.fullUrl();
              case 1 -> m.resource();
              case 2 -> m.search();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Bundle.Entry(v.next(), v.next(), v.next(), v.unknown()));

    static final ObjectCodec<Bundle> BUNDLE = ObjectCodec.<Bundle>resource("Bundle")
        .one("id", STRING)
        .one("meta", META)
        .one("type", STRING)
        .one("timestamp", DATE_TIME)
        .one("total", UNSIGNED_INT)
        .many("link", BUNDLE_LINK)
        .many("entry", BUNDLE_ENTRY)
        .build((m, i) -> switch (i) {
          case ObjectCodec.Getters.UNKNOWN -> m.unknown();
          case 0 -> m.id();
          case 1 -> m.meta();
          case 2 -> m.type();
          case 3 -> m.timestamp();
          case 4 -> m.total();
          case 5 -> m.link();
          case 6 -> m.entry();
          default -> throw new IndexOutOfBoundsException(i);
        }, v -> new Bundle(v.next(), v.next(), v.next(), v.next(), v.next(), v.list(), v.list(), v.unknown()));
  }

  /** Built on first use, so a decode loads only the codecs of the types it meets. */
  static final class OutcomeCodec {
    private OutcomeCodec() {}

    static final ObjectCodec<OperationOutcome.Coding> OUTCOME_CODING =
        ObjectCodec.<OperationOutcome.Coding>datatype("Coding")
            .one("system", STRING)
            .one("version", STRING)
            .one("code", STRING)
            .one("display", STRING)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
              case 0 -> m.system();
              case 1 -> m.version();
              case 2 -> m.code();
              case 3 -> m.display();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new OperationOutcome.Coding(v.next(), v.next(), v.next(), v.next()));

    static final ObjectCodec<Details> OUTCOME_DETAILS =
        ObjectCodec.<Details>datatype("CodeableConcept")
            .many("coding", OUTCOME_CODING)
            .one("text", STRING)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
              case 0 -> m.coding();
              case 1 -> m.text();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Details(v.list(), v.next()));

    static final ObjectCodec<OperationOutcome.Issue> OUTCOME_ISSUE =
        ObjectCodec.<OperationOutcome.Issue>datatype("OperationOutcome.issue")
            .one("severity", STRING)
            .one("code", STRING)
            .one("details", OUTCOME_DETAILS)
            .one("diagnostics", STRING)
            .many("expression", STRING)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
              case 0 -> m.severity();
              case 1 -> m.code();
              case 2 -> m.details().isEmpty() && m.detailsText() == null ? null : new Details(m.details(), m.detailsText());
              case 3 -> m.diagnostics();
              case 4 -> m.expression();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> {
              String severity = v.next();
              String code = v.next();
              Details details = v.next();
              return new OperationOutcome.Issue(severity, code, details == null ? List.of() : details.coding(),
                  details == null ? null : details.text(), v.next(), v.list());
            });

    /**
     * OperationOutcome, read into the transport's model. Elements it does not model (issue locations, extensions)
     * are dropped: an OperationOutcome is only ever read, never sent back.
     */
    static final ObjectCodec<OperationOutcome> OPERATION_OUTCOME =
        ObjectCodec.<OperationOutcome>resource("OperationOutcome")
            .many("issue", OUTCOME_ISSUE)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> UnknownElements.none();
              case 0 -> m.issues();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new OperationOutcome(v.list()));
  }

  /** Codecs that refer to themselves, built once the others exist. */
  private static final class Holder {
    static final ObjectCodec<Identifier> IDENTIFIER =
        ObjectCodec.<Identifier>datatype("Identifier")
            .one("id", STRING)
            .many("extension", FhirCodecs.EXTENSION)
            .one("use", STRING)
            .one("type", CODEABLE_CONCEPT)
            .one("system", STRING)
            .one("value", STRING)
            .one("period", PERIOD)
            .one("assigner", REFERENCE)
            .build((m, i) -> switch (i) {
              case ObjectCodec.Getters.UNKNOWN -> m.unknown();
              case 0 -> m.id();
              case 1 -> m.extension();
              case 2 -> m.use();
              case 3 -> m.type();
              case 4 -> m.system();
              case 5 -> m.value();
              case 6 -> m.period();
              case 7 -> m.assigner();
              default -> throw new IndexOutOfBoundsException(i);
            }, v -> new Identifier(v.next(), v.list(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                v.unknown()));

    static final ObjectCodec<Extension> EXTENSION = extension();

    static final ResourceCodec RESOURCE = new ResourceCodec();

    /** Extension: {@code url}, nested extensions, and one {@code value[x]} among the modelled types. */
    private static ObjectCodec<Extension> extension() {
      Map<String, Codec<?>> valueCodecs = new LinkedHashMap<>();
      valueCodecs.put("String", STRING);
      valueCodecs.put("Code", STRING);
      valueCodecs.put("Uri", STRING);
      valueCodecs.put("Url", STRING);
      valueCodecs.put("Id", STRING);
      valueCodecs.put("Boolean", BOOLEAN);
      valueCodecs.put("Integer", INTEGER);
      valueCodecs.put("PositiveInt", POSITIVE_INT);
      valueCodecs.put("Decimal", DECIMAL);
      valueCodecs.put("Date", DATE);
      valueCodecs.put("DateTime", DATE_TIME);
      valueCodecs.put("Instant", DATE_TIME);
      valueCodecs.put("Coding", CODING);
      valueCodecs.put("CodeableConcept", CODEABLE_CONCEPT);
      valueCodecs.put("Reference", REFERENCE);
      valueCodecs.put("Identifier", FhirCodecs.IDENTIFIER);
      valueCodecs.put("Period", PERIOD);
      valueCodecs.put("Address", ADDRESS);
      valueCodecs.put("HumanName", HUMAN_NAME);
      valueCodecs.put("ContactPoint", CONTACT_POINT);
      valueCodecs.put("Quantity", QUANTITY);
      valueCodecs.put("Attachment", ATTACHMENT);
      return ObjectCodec.<Extension>datatype("Extension")
          .one("url", STRING)
          .many("extension", FhirCodecs.EXTENSION)
          .choice("value", valueCodecs)
          .build((e, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> e.unknown();
            case 0 -> e.url();
            case 1 -> e.extension();
            case 2 -> e.valueType() == null ? null : new ObjectCodec.Choice(e.valueType(), e.value());
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> {
            String url = v.next();
            List<Extension> nested = v.list();
            ObjectCodec.Choice value = v.next();
            UnknownElements unknown = v.unknown();
            if (!unknown.isEmpty()) {
              int unmodelledValues = 0;
              for (String name : unknown.names()) {
                unmodelledValues += isValueX(name) ? 1 : 0;
              }
              if (unmodelledValues + (value == null ? 0 : 1) > 1) {
                throw new IllegalArgumentException("an extension has at most one value[x]");
              }
            }
            return value == null
                ? new Extension(url, nested, null, null, unknown)
                : new Extension(url, nested, value.type(), value.value(), unknown);
          });
    }

    /** Whether a member name is a {@code value[x]} choice, such as {@code valueAge}, modelled or not. */
    private static boolean isValueX(String name) {
      return name.length() > 5 && name.startsWith("value") && Character.isUpperCase(name.charAt(5));
    }

  }
}
