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
import dev.nhsapi.fhir.CodeableConcept;
import dev.nhsapi.fhir.Coding;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.Extension;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.FhirDateTime;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.Identifier;
import dev.nhsapi.fhir.Meta;
import dev.nhsapi.fhir.Narrative;
import dev.nhsapi.fhir.Period;
import dev.nhsapi.fhir.Quantity;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.fhir.UnknownElements;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The codecs of the FHIR datatypes the resources share: {@code Coding}, {@code Identifier}, {@code Extension}...
 */
final class DatatypeCodecs {
  private DatatypeCodecs() {}

  static final Codec<AdministrativeGender> GENDER = new Codec<>() {
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

  static final ObjectCodec<Coding> CODING = ObjectCodec.<Coding>datatype("Coding")
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

  static final ObjectCodec<CodeableConcept> CODEABLE_CONCEPT =
      ObjectCodec.<CodeableConcept>datatype("CodeableConcept")
          .many("coding", CODING)
          .one("text", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.coding();
            case 1 -> m.text();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new CodeableConcept(v.list(), v.next(), v.unknown()));

  static final ObjectCodec<Period> PERIOD = ObjectCodec.<Period>datatype("Period")
      .one("start", DATE_TIME)
      .one("end", DATE_TIME)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.start();
        case 1 -> m.end();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Period(v.next(), v.next(), v.unknown()));

  static final Codec<Identifier> IDENTIFIER = Codec.lazy(() -> Holder.IDENTIFIER);
  static final Codec<Extension> EXTENSION = Codec.lazy(() -> Holder.EXTENSION);

  static final ObjectCodec<Reference> REFERENCE =
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

  static final ObjectCodec<HumanName> HUMAN_NAME =
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

  static final ObjectCodec<Address> ADDRESS = ObjectCodec.<Address>datatype("Address")
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

  static final ObjectCodec<ContactPoint> CONTACT_POINT =
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

  static final ObjectCodec<Meta> META = ObjectCodec.<Meta>datatype("Meta")
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

  static final ObjectCodec<Quantity> QUANTITY = ObjectCodec.<Quantity>datatype("Quantity")
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

  static final ObjectCodec<Attachment> ATTACHMENT =
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

  static final ObjectCodec<Narrative> NARRATIVE = ObjectCodec.<Narrative>datatype("Narrative")
      .one("status", STRING)
      .one("div", STRING)
      .build((m, i) -> switch (i) {
        case ObjectCodec.Getters.UNKNOWN -> m.unknown();
        case 0 -> m.status();
        case 1 -> m.div();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Narrative(v.next(), v.next(), v.unknown()));

  /** Codecs that refer to themselves, built once the others exist. */
  private static final class Holder {
    static final ObjectCodec<Identifier> IDENTIFIER =
        ObjectCodec.<Identifier>datatype("Identifier")
            .one("id", STRING)
            .many("extension", DatatypeCodecs.EXTENSION)
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

    /**
     * Extension: {@code url}, nested extensions, and one {@code value[x]} among the types
     * {@link Extension#VALUE_TYPES} lists, each read by the codec of its Java type; {@code positiveInt} is the one
     * whose Java type ({@code Integer}) does not decide its codec.
     */
    @SuppressWarnings("NullAway")
    private static ObjectCodec<Extension> extension() {
      Map<Class<?>, Codec<?>> byJavaType = Map.ofEntries(
          Map.entry(String.class, STRING), Map.entry(Boolean.class, BOOLEAN), Map.entry(Integer.class, INTEGER),
          Map.entry(BigDecimal.class, DECIMAL), Map.entry(FhirDate.class, DATE),
          Map.entry(FhirDateTime.class, DATE_TIME), Map.entry(Coding.class, CODING),
          Map.entry(CodeableConcept.class, CODEABLE_CONCEPT), Map.entry(Reference.class, REFERENCE),
          Map.entry(Identifier.class, DatatypeCodecs.IDENTIFIER), Map.entry(Period.class, PERIOD),
          Map.entry(Address.class, ADDRESS), Map.entry(HumanName.class, HUMAN_NAME),
          Map.entry(ContactPoint.class, CONTACT_POINT), Map.entry(Quantity.class, QUANTITY),
          Map.entry(Attachment.class, ATTACHMENT));
      Map<String, Codec<?>> valueCodecs = new HashMap<>();
      Extension.VALUE_TYPES.forEach((type, javaType) -> valueCodecs.put(type, type.equals("PositiveInt")
          ? POSITIVE_INT : Objects.requireNonNull(byJavaType.get(javaType), () -> "no codec for value" + type)));
      return ObjectCodec.<Extension>datatype("Extension")
          .one("url", STRING)
          .many("extension", DatatypeCodecs.EXTENSION)
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
