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

/** The codec of every modelled FHIR type, and of {@link Resource} by {@code resourceType}. */
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

  public static final ObjectCodec<Coding> CODING = ObjectCodec.<Coding>datatype("Coding", Coding::unknown)
      .one("system", STRING, Coding::system)
      .one("version", STRING, Coding::version)
      .one("code", STRING, Coding::code)
      .one("display", STRING, Coding::display)
      .one("userSelected", BOOLEAN, Coding::userSelected)
      .build(v -> new Coding(v.next(), v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<CodeableConcept> CODEABLE_CONCEPT =
      ObjectCodec.<CodeableConcept>datatype("CodeableConcept", CodeableConcept::unknown)
          .many("coding", CODING, CodeableConcept::coding)
          .one("text", STRING, CodeableConcept::text)
          .build(v -> new CodeableConcept(v.list(), v.next(), v.unknown()));

  public static final ObjectCodec<Period> PERIOD = ObjectCodec.<Period>datatype("Period", Period::unknown)
      .one("start", DATE_TIME, Period::start)
      .one("end", DATE_TIME, Period::end)
      .build(v -> new Period(v.next(), v.next(), v.unknown()));

  public static final Codec<Identifier> IDENTIFIER = lazy(() -> Holder.IDENTIFIER);
  public static final Codec<Extension> EXTENSION = lazy(() -> Holder.EXTENSION);
  public static final Codec<Resource> RESOURCE = lazy(() -> Holder.RESOURCE);

  public static final ObjectCodec<Reference> REFERENCE =
      ObjectCodec.<Reference>datatype("Reference", Reference::unknown)
          .one("reference", STRING, Reference::reference)
          .one("type", STRING, Reference::type)
          .one("identifier", IDENTIFIER, Reference::identifier)
          .one("display", STRING, Reference::display)
          .build(v -> new Reference(v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<HumanName> HUMAN_NAME =
      ObjectCodec.<HumanName>datatype("HumanName", HumanName::unknown)
          .one("id", STRING, HumanName::id)
          .one("use", STRING, HumanName::use)
          .one("text", STRING, HumanName::text)
          .one("family", STRING, HumanName::family)
          .many("given", STRING, HumanName::given)
          .many("prefix", STRING, HumanName::prefix)
          .many("suffix", STRING, HumanName::suffix)
          .one("period", PERIOD, HumanName::period)
          .build(v -> new HumanName(v.next(), v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(),
              v.unknown()));

  public static final ObjectCodec<Address> ADDRESS = ObjectCodec.<Address>datatype("Address", Address::unknown)
      .one("id", STRING, Address::id)
      .many("extension", EXTENSION, Address::extension)
      .one("use", STRING, Address::use)
      .one("type", STRING, Address::type)
      .one("text", STRING, Address::text)
      .many("line", STRING, Address::line)
      .one("city", STRING, Address::city)
      .one("district", STRING, Address::district)
      .one("state", STRING, Address::state)
      .one("postalCode", STRING, Address::postalCode)
      .one("country", STRING, Address::country)
      .one("period", PERIOD, Address::period)
      .build(v -> new Address(v.next(), v.list(), v.next(), v.next(), v.next(), v.list(), v.next(), v.next(),
          v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<ContactPoint> CONTACT_POINT =
      ObjectCodec.<ContactPoint>datatype("ContactPoint", ContactPoint::unknown)
          .one("id", STRING, ContactPoint::id)
          .many("extension", EXTENSION, ContactPoint::extension)
          .one("system", STRING, ContactPoint::system)
          .one("value", STRING, ContactPoint::value)
          .one("use", STRING, ContactPoint::use)
          .one("rank", POSITIVE_INT, ContactPoint::rank)
          .one("period", PERIOD, ContactPoint::period)
          .build(v -> new ContactPoint(v.next(), v.list(), v.next(), v.next(), v.next(), v.next(), v.next(),
              v.unknown()));

  public static final ObjectCodec<Meta> META = ObjectCodec.<Meta>datatype("Meta", Meta::unknown)
      .one("versionId", STRING, Meta::versionId)
      .one("lastUpdated", DATE_TIME, Meta::lastUpdated)
      .one("source", STRING, Meta::source)
      .many("profile", STRING, Meta::profile)
      .many("security", CODING, Meta::security)
      .many("tag", CODING, Meta::tag)
      .build(v -> new Meta(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.unknown()));

  public static final ObjectCodec<Quantity> QUANTITY = ObjectCodec.<Quantity>datatype("Quantity", Quantity::unknown)
      .one("value", DECIMAL, Quantity::value)
      .one("comparator", STRING, Quantity::comparator)
      .one("unit", STRING, Quantity::unit)
      .one("system", STRING, Quantity::system)
      .one("code", STRING, Quantity::code)
      .build(v -> new Quantity(v.next(), v.next(), v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<Attachment> ATTACHMENT =
      ObjectCodec.<Attachment>datatype("Attachment", Attachment::unknown)
          .one("contentType", STRING, Attachment::contentType)
          .one("language", STRING, Attachment::language)
          .one("data", STRING, Attachment::data)
          .one("url", STRING, Attachment::url)
          .one("size", UNSIGNED_INT, Attachment::size)
          .one("hash", STRING, Attachment::hash)
          .one("title", STRING, Attachment::title)
          .one("creation", DATE_TIME, Attachment::creation)
          .build(v -> new Attachment(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
              v.unknown()));

  public static final ObjectCodec<Narrative> NARRATIVE = ObjectCodec.<Narrative>datatype("Narrative", Narrative::unknown)
      .one("status", STRING, Narrative::status)
      .one("div", STRING, Narrative::div)
      .build(v -> new Narrative(v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<Patient> PATIENT = ObjectCodec.<Patient>resource("Patient", Patient::unknown)
      .one("id", STRING, Patient::id)
      .one("meta", META, Patient::meta)
      .one("text", NARRATIVE, Patient::text)
      .many("contained", RESOURCE, Patient::contained)
      .many("extension", EXTENSION, Patient::extension)
      .many("identifier", IDENTIFIER, Patient::identifier)
      .one("active", BOOLEAN, Patient::active)
      .many("name", HUMAN_NAME, Patient::name)
      .many("telecom", CONTACT_POINT, Patient::telecom)
      .one("gender", GENDER, Patient::gender)
      .one("birthDate", DATE, Patient::birthDate)
      .one("deceasedBoolean", BOOLEAN, Patient::deceasedBoolean)
      .one("deceasedDateTime", DATE_TIME, Patient::deceasedDateTime)
      .many("address", ADDRESS, Patient::address)
      .one("maritalStatus", CODEABLE_CONCEPT, Patient::maritalStatus)
      .one("multipleBirthBoolean", BOOLEAN, Patient::multipleBirthBoolean)
      .one("multipleBirthInteger", INTEGER, Patient::multipleBirthInteger)
      .many("generalPractitioner", REFERENCE, Patient::generalPractitioner)
      .one("managingOrganization", REFERENCE, Patient::managingOrganization)
      .build(v -> new Patient(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
          v.list(), v.next(), v.next(), v.next(), v.next(), v.list(), v.next(), v.next(), v.next(), v.list(),
          v.next(), v.unknown()));

  public static final ObjectCodec<RelatedPerson> RELATED_PERSON =
      ObjectCodec.<RelatedPerson>resource("RelatedPerson", RelatedPerson::unknown)
          .one("id", STRING, RelatedPerson::id)
          .one("meta", META, RelatedPerson::meta)
          .one("text", NARRATIVE, RelatedPerson::text)
          .many("contained", RESOURCE, RelatedPerson::contained)
          .many("extension", EXTENSION, RelatedPerson::extension)
          .many("identifier", IDENTIFIER, RelatedPerson::identifier)
          .one("active", BOOLEAN, RelatedPerson::active)
          .one("patient", REFERENCE, RelatedPerson::patient)
          .many("relationship", CODEABLE_CONCEPT, RelatedPerson::relationship)
          .many("name", HUMAN_NAME, RelatedPerson::name)
          .many("telecom", CONTACT_POINT, RelatedPerson::telecom)
          .one("gender", GENDER, RelatedPerson::gender)
          .one("birthDate", DATE, RelatedPerson::birthDate)
          .many("address", ADDRESS, RelatedPerson::address)
          .one("period", PERIOD, RelatedPerson::period)
          .build(v -> new RelatedPerson(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.next(),
              v.list(), v.list(), v.list(), v.next(), v.next(), v.list(), v.next(), v.unknown()));

  public static final ObjectCodec<Organization> ORGANIZATION =
      ObjectCodec.<Organization>resource("Organization", Organization::unknown)
          .one("id", STRING, Organization::id)
          .one("meta", META, Organization::meta)
          .one("text", NARRATIVE, Organization::text)
          .many("contained", RESOURCE, Organization::contained)
          .many("extension", EXTENSION, Organization::extension)
          .many("identifier", IDENTIFIER, Organization::identifier)
          .one("active", BOOLEAN, Organization::active)
          .many("type", CODEABLE_CONCEPT, Organization::type)
          .one("name", STRING, Organization::name)
          .many("alias", STRING, Organization::alias)
          .many("telecom", CONTACT_POINT, Organization::telecom)
          .many("address", ADDRESS, Organization::address)
          .one("partOf", REFERENCE, Organization::partOf)
          .build(v -> new Organization(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
              v.next(), v.list(), v.list(), v.list(), v.next(), v.unknown()));

  public static final ObjectCodec<Practitioner> PRACTITIONER =
      ObjectCodec.<Practitioner>resource("Practitioner", Practitioner::unknown)
          .one("id", STRING, Practitioner::id)
          .one("meta", META, Practitioner::meta)
          .one("text", NARRATIVE, Practitioner::text)
          .many("contained", RESOURCE, Practitioner::contained)
          .many("extension", EXTENSION, Practitioner::extension)
          .many("identifier", IDENTIFIER, Practitioner::identifier)
          .one("active", BOOLEAN, Practitioner::active)
          .many("name", HUMAN_NAME, Practitioner::name)
          .many("telecom", CONTACT_POINT, Practitioner::telecom)
          .many("address", ADDRESS, Practitioner::address)
          .one("gender", GENDER, Practitioner::gender)
          .one("birthDate", DATE, Practitioner::birthDate)
          .build(v -> new Practitioner(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
              v.list(), v.list(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<PractitionerRole> PRACTITIONER_ROLE =
      ObjectCodec.<PractitionerRole>resource("PractitionerRole", PractitionerRole::unknown)
          .one("id", STRING, PractitionerRole::id)
          .one("meta", META, PractitionerRole::meta)
          .one("text", NARRATIVE, PractitionerRole::text)
          .many("contained", RESOURCE, PractitionerRole::contained)
          .many("extension", EXTENSION, PractitionerRole::extension)
          .many("identifier", IDENTIFIER, PractitionerRole::identifier)
          .one("active", BOOLEAN, PractitionerRole::active)
          .one("period", PERIOD, PractitionerRole::period)
          .one("practitioner", REFERENCE, PractitionerRole::practitioner)
          .one("organization", REFERENCE, PractitionerRole::organization)
          .many("code", CODEABLE_CONCEPT, PractitionerRole::code)
          .many("specialty", CODEABLE_CONCEPT, PractitionerRole::specialty)
          .many("location", REFERENCE, PractitionerRole::location)
          .many("telecom", CONTACT_POINT, PractitionerRole::telecom)
          .build(v -> new PractitionerRole(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(),
              v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.list(), v.unknown()));

  public static final ObjectCodec<Bundle.Link> BUNDLE_LINK =
      ObjectCodec.<Bundle.Link>datatype("Bundle.link", Bundle.Link::unknown)
          .one("relation", STRING, Bundle.Link::relation)
          .one("url", STRING, Bundle.Link::url)
          .build(v -> new Bundle.Link(v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<Bundle.Search> BUNDLE_SEARCH =
      ObjectCodec.<Bundle.Search>datatype("Bundle.entry.search", Bundle.Search::unknown)
          .one("mode", STRING, Bundle.Search::mode)
          .one("score", DECIMAL, Bundle.Search::score)
          .build(v -> new Bundle.Search(v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<Bundle.Entry> BUNDLE_ENTRY =
      ObjectCodec.<Bundle.Entry>datatype("Bundle.entry", Bundle.Entry::unknown)
          .one("fullUrl", STRING, Bundle.Entry::fullUrl)
          .one("resource", RESOURCE, Bundle.Entry::resource)
          .one("search", BUNDLE_SEARCH, Bundle.Entry::search)
          .build(v -> new Bundle.Entry(v.next(), v.next(), v.next(), v.unknown()));

  public static final ObjectCodec<Bundle> BUNDLE = ObjectCodec.<Bundle>resource("Bundle", Bundle::unknown)
      .one("id", STRING, Bundle::id)
      .one("meta", META, Bundle::meta)
      .one("type", STRING, Bundle::type)
      .one("timestamp", DATE_TIME, Bundle::timestamp)
      .one("total", UNSIGNED_INT, Bundle::total)
      .many("link", BUNDLE_LINK, Bundle::link)
      .many("entry", BUNDLE_ENTRY, Bundle::entry)
      .build(v -> new Bundle(v.next(), v.next(), v.next(), v.next(), v.next(), v.list(), v.list(), v.unknown()));

  public static final ObjectCodec<OperationOutcome.Coding> OUTCOME_CODING =
      ObjectCodec.<OperationOutcome.Coding>datatype("Coding", c -> UnknownElements.none())
          .one("system", STRING, OperationOutcome.Coding::system)
          .one("version", STRING, OperationOutcome.Coding::version)
          .one("code", STRING, OperationOutcome.Coding::code)
          .one("display", STRING, OperationOutcome.Coding::display)
          .build(v -> new OperationOutcome.Coding(v.next(), v.next(), v.next(), v.next()));

  /** The details of an issue: its codings and text. */
  private record Details(List<OperationOutcome.Coding> coding, @Nullable String text) {}

  private static final ObjectCodec<Details> OUTCOME_DETAILS =
      ObjectCodec.<Details>datatype("CodeableConcept", d -> UnknownElements.none())
          .many("coding", OUTCOME_CODING, Details::coding)
          .one("text", STRING, Details::text)
          .build(v -> new Details(v.list(), v.next()));

  public static final ObjectCodec<OperationOutcome.Issue> OUTCOME_ISSUE =
      ObjectCodec.<OperationOutcome.Issue>datatype("OperationOutcome.issue", i -> UnknownElements.none())
          .one("severity", STRING, OperationOutcome.Issue::severity)
          .one("code", STRING, OperationOutcome.Issue::code)
          .one("details", OUTCOME_DETAILS,
              i -> i.details().isEmpty() && i.detailsText() == null ? null : new Details(i.details(), i.detailsText()))
          .one("diagnostics", STRING, OperationOutcome.Issue::diagnostics)
          .many("expression", STRING, OperationOutcome.Issue::expression)
          .build(v -> {
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
  public static final ObjectCodec<OperationOutcome> OPERATION_OUTCOME =
      ObjectCodec.<OperationOutcome>resource("OperationOutcome", o -> UnknownElements.none())
          .many("issue", OUTCOME_ISSUE, OperationOutcome::issues)
          .build(v -> new OperationOutcome(v.list()));

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

  /** Codecs that refer to themselves, built once the others exist. */
  private static final class Holder {
    static final ObjectCodec<Identifier> IDENTIFIER =
        ObjectCodec.<Identifier>datatype("Identifier", Identifier::unknown)
            .one("id", STRING, Identifier::id)
            .many("extension", FhirCodecs.EXTENSION, Identifier::extension)
            .one("use", STRING, Identifier::use)
            .one("type", CODEABLE_CONCEPT, Identifier::type)
            .one("system", STRING, Identifier::system)
            .one("value", STRING, Identifier::value)
            .one("period", PERIOD, Identifier::period)
            .one("assigner", REFERENCE, Identifier::assigner)
            .build(v -> new Identifier(v.next(), v.list(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                v.unknown()));

    static final ObjectCodec<Extension> EXTENSION = extension();

    static final ResourceCodec RESOURCE = new ResourceCodec(
        List.of(PATIENT, RELATED_PERSON, ORGANIZATION, PRACTITIONER, PRACTITIONER_ROLE, BUNDLE));

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
      ObjectCodec.Builder<Extension> builder = ObjectCodec.<Extension>datatype("Extension", Extension::unknown)
          .one("url", STRING, Extension::url)
          .many("extension", FhirCodecs.EXTENSION, Extension::extension);
      valueCodecs.forEach((type, codec) -> addValue(builder, type, codec));
      List<String> types = List.copyOf(valueCodecs.keySet());
      return builder.build(v -> {
        String url = v.next();
        List<Extension> nested = v.list();
        String valueType = null;
        Object value = null;
        for (String type : types) {
          Object candidate = v.next();
          if (candidate != null) {
            if (value != null) {
              throw new IllegalArgumentException("an extension has at most one value[x]");
            }
            valueType = type;
            value = candidate;
          }
        }
        long unmodelledValues = v.unknown().names().stream().filter(Holder::isValueX).count();
        if (unmodelledValues + (value == null ? 0 : 1) > 1) {
          throw new IllegalArgumentException("an extension has at most one value[x]");
        }
        return new Extension(url, nested, valueType, value, v.unknown());
      });
    }

    /** Whether a member name is a {@code value[x]} choice, such as {@code valueAge}, modelled or not. */
    private static boolean isValueX(String name) {
      return name.length() > 5 && name.startsWith("value") && Character.isUpperCase(name.charAt(5));
    }

    private static <V> void addValue(ObjectCodec.Builder<Extension> builder, String type, Codec<V> codec) {
      builder.one("value" + type, codec, e -> valueOf(e, type));
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // Extension checks value against type
    private static <V> V valueOf(Extension extension, String type) {
      return (V) extension.valueOfType(type);
    }
  }
}
