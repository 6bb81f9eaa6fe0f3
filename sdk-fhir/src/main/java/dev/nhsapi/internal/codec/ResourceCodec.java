package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.Primitives.STRING;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nhsapi.fhir.GenericResource;
import dev.nhsapi.fhir.Resource;
import java.io.IOException;
import java.util.regex.Pattern;

/** Reads any resource by its {@code resourceType}; types without a model become {@link GenericResource}. */
final class ResourceCodec implements Codec<Resource> {
  private static final JsonReader.Options RESOURCE_TYPE = JsonReader.Options.of("resourceType");
  /** FHIR's type names: letters, starting with a capital; the bound keeps a hostile value out of messages. */
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z]{0,63}");

  @SuppressWarnings("NullAway")
  private static final ObjectCodec<GenericResource> GENERIC =
      ObjectCodec.<GenericResource>datatype("Resource")
          .one("resourceType", STRING)
          .one("id", STRING)
          .one("meta", DatatypeCodecs.META)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.resourceType();
            case 1 -> m.id();
            case 2 -> m.meta();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new GenericResource(v.next(), v.next(), v.next(), v.unknown()));

  /** A resource of an unmodelled type whose resourceType was already read; the caller sets the type. */
  private static final ObjectCodec<GenericResource> GENERIC_AFTER_TYPE =
      ObjectCodec.<GenericResource>datatype("Resource")
          .one("id", STRING)
          .one("meta", DatatypeCodecs.META)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new GenericResource("Resource", v.next(), v.next(), v.unknown()));


  @Override
  public Resource read(JsonReader reader) throws IOException {
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "a resource object");
    reader.beginObject();
    if (reader.selectName(RESOURCE_TYPE) == 0) { // the usual case: resourceType comes first
      String type = typeName(reader);
      ObjectCodec<? extends Resource> codec = FhirCodecs.resourceCodec(type);
      if (codec != null) {
        return codec.readMembers(reader, true);
      }
      GenericResource rest = GENERIC_AFTER_TYPE.readMembers(reader, false);
      return new GenericResource(type, rest.id(), rest.meta(), rest.unknown());
    }
    String type = resourceTypeOfMembers(reader);
    ObjectCodec<? extends Resource> codec = FhirCodecs.resourceCodec(type);
    return (codec != null ? codec : GENERIC).readMembers(reader, false);
  }

  /**
   * Returns the {@code resourceType} of the resource at the reader's position, without consuming it.
   *
   * @param reader the reader, at a resource object
   * @return the resource type
   * @throws IOException if the value is not an object with a string {@code resourceType}
   */
  static String resourceType(JsonReader reader) throws IOException {
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "a resource object");
    try (JsonReader peek = reader.peekJson()) {
      peek.beginObject();
      return resourceTypeOfMembers(peek);
    }
  }

  private static String typeName(JsonReader reader) throws IOException {
    String type = STRING.read(reader);
    if (!TYPE_NAME.matcher(type).matches()) {
      throw new JsonDataException("resourceType is not a FHIR type name at path " + reader.getPath());
    }
    return type;
  }

  /** Finds {@code resourceType} among the remaining members, on a look-ahead reader. */
  private static String resourceTypeOfMembers(JsonReader reader) throws IOException {
    try (JsonReader peek = reader.peekJson()) {
      while (peek.hasNext()) {
        if (peek.selectName(RESOURCE_TYPE) == 0) {
          return typeName(peek);
        }
        peek.skipName();
        peek.skipValue();
      }
    }
    throw new JsonDataException("a resource needs a resourceType at path " + reader.getPath());
  }

  @Override
  public void write(JsonWriter writer, Resource value) throws IOException {
    ObjectCodec<? extends Resource> codec = FhirCodecs.resourceCodec(value.resourceType());
    if (value instanceof GenericResource generic) {
      GENERIC.write(writer, generic);
    } else if (codec != null) {
      writeWith(codec, writer, value);
    } else {
      throw new IllegalArgumentException("no codec for " + value.getClass().getName());
    }
  }

  private static <R extends Resource> void writeWith(ObjectCodec<R> codec, JsonWriter writer, Resource value)
      throws IOException {
    @SuppressWarnings("unchecked") // the codec was registered under this resource's own type
    R typed = (R) value;
    codec.write(writer, typed);
  }
}
