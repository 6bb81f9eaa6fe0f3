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
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Period;
import dev.nhsapi.fhir.Quantity;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.fhir.Resource;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    static final ResourceCodec RESOURCE = new ResourceCodec(List.of(PATIENT, BUNDLE));

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
