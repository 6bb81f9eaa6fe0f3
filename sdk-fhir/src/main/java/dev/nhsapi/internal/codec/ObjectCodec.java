package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nhsapi.fhir.UnknownElements;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a FHIR complex type or resource from a declarative list of its elements, without
 * reflection. Elements it does not list are kept in the model's {@link UnknownElements} and written back after
 * the known ones. Reading is strict about types and refuses duplicate members; writing omits absent elements and
 * empty lists, never inventing nulls.
 *
 * @param <T> the model type
 */
public final class ObjectCodec<T> implements Codec<T> {
  /** Builds the model from the values read, in the order the elements were declared. */
  @FunctionalInterface
  public interface Factory<T> {
    /**
     * Creates the model.
     *
     * @param values the values, in declaration order
     * @return the model
     */
    T create(Values values);
  }

  /** The values read for one object, handed out in the order the elements were declared. */
  public static final class Values {
    private final @Nullable Object[] slots;
    private final UnknownElements unknown;
    private int next;

    Values(@Nullable Object[] slots, UnknownElements unknown) {
      this.slots = slots;
      this.unknown = unknown;
    }

    /**
     * Returns the next single element's value.
     *
     * @param <V> the element's type
     * @return the value, or null if absent
     */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // typed by the declaration it mirrors
    public <V> @Nullable V next() {
      return (V) slots[next++];
    }

    /**
     * Returns the next list element's values.
     *
     * @param <V> the element's type
     * @return the values, empty if absent
     */
    @SuppressWarnings("unchecked") // typed by the declaration it mirrors
    public <V> List<V> list() {
      Object value = slots[next++];
      return value == null ? List.of() : (List<V>) value;
    }

    /**
     * Returns the members no element claimed.
     *
     * @return the unknown members
     */
    public UnknownElements unknown() {
      return unknown;
    }
  }

  private interface ElementReader {
    Object read(JsonReader reader) throws IOException;
  }

  private interface ElementWriter<T> {
    void write(JsonWriter writer, T model) throws IOException;
  }

  private final @Nullable String resourceType;
  private final String typeName;
  private final String expectedObject;
  private final List<ElementReader> readers;
  private final List<ElementWriter<T>> writers;
  private final JsonReader.Options names;
  private final Function<T, UnknownElements> unknown;
  private final Factory<T> factory;

  private ObjectCodec(Builder<T> builder, Factory<T> factory) {
    this.resourceType = builder.resourceType;
    this.typeName = builder.typeName;
    this.expectedObject = "a " + builder.typeName + " object";
    this.readers = List.copyOf(builder.readers);
    this.writers = List.copyOf(builder.writers);
    List<String> all = new ArrayList<>(builder.names);
    if (resourceType != null) {
      all.add("resourceType"); // matched at index readers.size()
    }
    this.names = JsonReader.Options.of(all.toArray(new String[0]));
    this.unknown = builder.unknown;
    this.factory = factory;
  }

  /**
   * Starts the codec of a complex datatype.
   *
   * @param <T> the model type
   * @param typeName the FHIR type's name, for error messages
   * @param unknown where the model keeps its unknown members
   * @return a builder
   */
  public static <T> Builder<T> datatype(String typeName, Function<T, UnknownElements> unknown) {
    return new Builder<>(null, typeName, unknown);
  }

  /**
   * Starts the codec of a resource; {@code resourceType} is checked on read and written first.
   *
   * @param <T> the model type
   * @param resourceType the resource type
   * @param unknown where the model keeps its unknown members
   * @return a builder
   */
  public static <T> Builder<T> resource(String resourceType, Function<T, UnknownElements> unknown) {
    return new Builder<>(resourceType, resourceType, unknown);
  }

  /**
   * Returns the resource type, or null for a datatype.
   *
   * @return the resource type
   */
  public @Nullable String resourceType() {
    return resourceType;
  }

  @Override
  public T read(JsonReader reader) throws IOException {
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, expectedObject);
    reader.beginObject();
    return readMembers(reader, false);
  }

  /**
   * Reads the members of an object whose {@code beginObject} was already consumed, for
   * {@link ResourceCodec}, which may have consumed {@code resourceType} too.
   *
   * @param reader the reader, inside the object
   * @param sawResourceType whether {@code resourceType} was already read and checked
   * @return the model
   * @throws IOException if the JSON is malformed or of the wrong shape
   */
  T readMembers(JsonReader reader, boolean sawResourceType) throws IOException {
    @Nullable Object[] slots = new Object[readers.size()];
    Map<String, Object> extra = null;
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index >= 0 && index < slots.length) {
        if (slots[index] != null) {
          throw new JsonDataException("duplicate element at path " + reader.getPath());
        }
        slots[index] = readers.get(index).read(reader);
      } else if (index == slots.length) {
        String type = Primitives.STRING.read(reader);
        if (sawResourceType || !type.equals(resourceType)) {
          throw new JsonDataException("expected resourceType " + (resourceType == null ? "to be absent" : resourceType)
              + " at path " + reader.getPath());
        }
        sawResourceType = true;
      } else {
        String name = reader.nextName();
        if (extra == null) {
          extra = new LinkedHashMap<>();
        }
        if (extra.put(name, Raw.read(reader)) != null) {
          throw Raw.duplicate(reader, name);
        }
      }
    }
    if (resourceType != null && !sawResourceType) {
      throw new JsonDataException("missing resourceType " + resourceType + " at path " + reader.getPath());
    }
    T model;
    try {
      model = factory.create(new Values(slots, extra == null ? UnknownElements.none() : UnknownElements.of(extra)));
    } catch (IllegalArgumentException | NullPointerException e) {
      // The reader is still inside the object, at its last member: the object's own path is the parent's.
      String path = reader.getPath();
      int dot = path.lastIndexOf('.');
      throw new JsonDataException("invalid " + typeName + " at path " + (dot > 0 ? path.substring(0, dot) : path)
          + ": " + e.getMessage(), e);
    }
    reader.endObject();
    return model;
  }

  @Override
  public void write(JsonWriter writer, T value) throws IOException {
    writer.beginObject();
    if (resourceType != null) {
      writer.name("resourceType").value(resourceType);
    }
    for (ElementWriter<T> element : writers) {
      element.write(writer, value);
    }
    for (Map.Entry<String, Object> member : unknown.apply(value).asMap().entrySet()) {
      writer.name(member.getKey());
      Raw.write(writer, member.getValue());
    }
    writer.endObject();
  }

  /**
   * Declares a codec's elements in the order its model's constructor takes them. Not thread-safe.
   *
   * @param <T> the model type
   */
  public static final class Builder<T> {
    private final @Nullable String resourceType;
    private final String typeName;
    private final Function<T, UnknownElements> unknown;
    private final List<String> names = new ArrayList<>();
    private final List<ElementReader> readers = new ArrayList<>();
    private final List<ElementWriter<T>> writers = new ArrayList<>();

    private Builder(@Nullable String resourceType, String typeName, Function<T, UnknownElements> unknown) {
      this.resourceType = resourceType;
      this.typeName = typeName;
      this.unknown = unknown;
    }

    /**
     * Declares a single element.
     *
     * @param <V> the element's type
     * @param name the JSON member name
     * @param codec the element's codec
     * @param getter reads the element from the model; null when absent
     * @return this builder
     */
    public <V> Builder<T> one(String name, Codec<V> codec, Function<T, @Nullable V> getter) {
      names.add(name);
      readers.add(codec::read);
      writers.add((writer, model) -> {
        V value = getter.apply(model);
        if (value != null) {
          writer.name(name);
          codec.write(writer, value);
        }
      });
      return this;
    }

    /**
     * Declares a repeating element.
     *
     * @param <V> the element's type
     * @param name the JSON member name
     * @param codec the codec of one element
     * @param getter reads the list from the model; empty when absent
     * @return this builder
     */
    public <V> Builder<T> many(String name, Codec<V> codec, Function<T, List<V>> getter) {
      names.add(name);
      readers.add(reader -> {
        Primitives.expect(reader, JsonReader.Token.BEGIN_ARRAY, "an array");
        List<V> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          values.add(codec.read(reader));
        }
        reader.endArray();
        return List.copyOf(values); // immutable already, so the model's own List.copyOf does not copy again
      });
      writers.add((writer, model) -> {
        List<V> values = getter.apply(model);
        if (!values.isEmpty()) {
          writer.name(name);
          writer.beginArray();
          for (V value : values) {
            codec.write(writer, value);
          }
          writer.endArray();
        }
      });
      return this;
    }

    /**
     * Returns the codec.
     *
     * @param factory builds the model from the values, in declaration order, then the unknown members
     * @return the codec
     */
    public ObjectCodec<T> build(Factory<T> factory) {
      return new ObjectCodec<>(this, factory);
    }
  }
}
