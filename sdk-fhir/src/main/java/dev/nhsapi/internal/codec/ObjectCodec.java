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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a FHIR complex type or resource from a declarative list of its elements, without
 * reflection. Elements it does not list are kept in the model's {@link UnknownElements} and written back after
 * the known ones. Reading is strict about types and refuses duplicate members; writing omits absent elements and
 * empty lists, never inventing nulls. A choice element ({@code value[x]}) takes one slot whatever its type, so a
 * wide choice costs an object nothing when absent.
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

  /**
   * Reads a model's elements by their declaration index, for writing. One switch per type, rather than one
   * getter per element, keeps the number of lambda classes (and so start-up time) small.
   */
  @FunctionalInterface
  public interface Getters<T> {
    /** The index that asks for the model's unknown members. */
    int UNKNOWN = -1;

    /**
     * Returns the value of the element declared at {@code index}, or the model's {@link UnknownElements} for
     * index {@link #UNKNOWN}.
     *
     * @param model the model
     * @param index the element's declaration index, or {@link #UNKNOWN}
     * @return the value (a list for repeating elements), or null when absent
     */
    @Nullable Object get(T model, int index);
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

  /**
   * The value of a choice element such as {@code value[x]}: the type suffix of its JSON name and the value.
   *
   * @param type the suffix, for example {@code Coding} for {@code valueCoding}
   * @param value the value, of the type the suffix's codec reads
   */
  public record Choice(String type, Object value) {}

  private interface ElementReader {
    Object read(JsonReader reader) throws IOException;
  }

  private final @Nullable String resourceType;
  private final String typeName;
  private final String expectedObject;
  private final int slotCount;
  /** By JSON name index: the reader, the slot it fills, and the choice type it reads (null if not a choice). */
  private final ElementReader[] readers;
  private final int[] slotOf;
  private final @Nullable String[] choiceTypeOf;
  /** By slot: the JSON name (the prefix for a choice), the codec, and whether it repeats. */
  private final String[] elementNames;
  private final @Nullable Codec<?>[] codecs;
  private final @Nullable Map<String, Codec<?>>[] choiceCodecs;
  private final boolean[] repeating;
  private final Getters<T> getters;
  private final JsonReader.Options names;
  private final Factory<T> factory;

  private ObjectCodec(Builder<T> builder, Getters<T> getters, Factory<T> factory) {
    this.resourceType = builder.resourceType;
    this.typeName = builder.typeName;
    this.expectedObject = "a " + builder.typeName + " object";
    this.slotCount = builder.slots.size();
    this.readers = builder.readers.toArray(new ElementReader[0]);
    this.slotOf = builder.slotOf.stream().mapToInt(Integer::intValue).toArray();
    this.choiceTypeOf = builder.choiceTypeOf.toArray(new String[0]);
    this.elementNames = new String[slotCount];
    this.codecs = new Codec<?>[slotCount];
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is created raw
    Map<String, Codec<?>>[] choices = new Map[slotCount];
    this.choiceCodecs = choices;
    this.repeating = new boolean[slotCount];
    for (int i = 0; i < slotCount; i++) {
      Slot slot = builder.slots.get(i);
      elementNames[i] = slot.name();
      codecs[i] = slot.codec();
      choiceCodecs[i] = slot.choices();
      repeating[i] = slot.repeating();
    }
    this.getters = getters;
    List<String> all = new ArrayList<>(builder.jsonNames);
    if (resourceType != null) {
      all.add("resourceType"); // matched at index readers.length
    }
    this.names = JsonReader.Options.of(all.toArray(new String[0]));
    this.factory = factory;
  }

  /**
   * Starts the codec of a complex datatype.
   *
   * @param <T> the model type
   * @param typeName the FHIR type's name, for error messages
   * @return a builder
   */
  public static <T> Builder<T> datatype(String typeName) {
    return new Builder<>(null, typeName);
  }

  /**
   * Starts the codec of a resource; {@code resourceType} is checked on read and written first.
   *
   * @param <T> the model type
   * @param resourceType the resource type
   * @return a builder
   */
  public static <T> Builder<T> resource(String resourceType) {
    return new Builder<>(resourceType, resourceType);
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
    @Nullable Object[] slots = new Object[slotCount];
    Map<String, Object> unknown = null;
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index >= 0 && index < readers.length) {
        int slot = slotOf[index];
        if (slots[slot] != null) {
          throw new JsonDataException((choiceTypeOf[index] == null ? "duplicate element" : "more than one "
              + elementNames[slot] + "[x]") + " at path " + reader.getPath());
        }
        Object value = readers[index].read(reader);
        String choiceType = choiceTypeOf[index];
        slots[slot] = choiceType == null ? value : new Choice(choiceType, value);
      } else if (index == readers.length) {
        String type = Primitives.STRING.read(reader);
        if (sawResourceType || !type.equals(resourceType)) {
          throw new JsonDataException("expected resourceType " + (resourceType == null ? "to be absent" : resourceType)
              + " at path " + reader.getPath());
        }
        sawResourceType = true;
      } else {
        String name = reader.nextName();
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        }
        if (unknown.put(name, Raw.read(reader)) != null) {
          throw Raw.duplicate(reader, name);
        }
      }
    }
    if (resourceType != null && !sawResourceType) {
      throw new JsonDataException("missing resourceType " + resourceType + " at path " + reader.getPath());
    }
    T model;
    try {
      model = factory.create(new Values(slots, unknown == null ? UnknownElements.none() : UnknownElements.of(unknown)));
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
    for (int i = 0; i < slotCount; i++) {
      Object element = getters.get(value, i);
      if (element == null || (repeating[i] && ((List<?>) element).isEmpty())) {
        continue;
      }
      Map<String, Codec<?>> choices = choiceCodecs[i];
      if (choices != null) {
        Choice choice = (Choice) element;
        writer.name(elementNames[i] + choice.type());
        write(writer, Objects.requireNonNull(choices.get(choice.type())), choice.value());
        continue;
      }
      writer.name(elementNames[i]);
      if (repeating[i]) {
        writer.beginArray();
        for (Object item : (List<?>) element) {
          write(writer, element(i), item);
        }
        writer.endArray();
      } else {
        write(writer, element(i), element);
      }
    }
    for (Map.Entry<String, Object> member : ((UnknownElements) Objects.requireNonNull(getters.get(value, Getters.UNKNOWN))).asMap()
        .entrySet()) {
      writer.name(member.getKey());
      Raw.write(writer, member.getValue());
    }
    writer.endObject();
  }

  private Codec<?> element(int slot) {
    return Objects.requireNonNull(codecs[slot]);
  }

  @SuppressWarnings("unchecked") // the getter returns, by contract, the type its element was declared with
  private static void write(JsonWriter writer, Codec<?> codec, Object value) throws IOException {
    ((Codec<Object>) codec).write(writer, value);
  }

  /**
   * Declares a codec's elements in the order its model's constructor takes them. Not thread-safe.
   *
   * @param <T> the model type
   */
  public static final class Builder<T> {
    private final @Nullable String resourceType;
    private final String typeName;
    private final List<String> jsonNames = new ArrayList<>();
    private final List<ElementReader> readers = new ArrayList<>();
    private final List<Integer> slotOf = new ArrayList<>();
    private final List<@Nullable String> choiceTypeOf = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();

    private Builder(@Nullable String resourceType, String typeName) {
      this.resourceType = resourceType;
      this.typeName = typeName;
    }

    /**
     * Declares a single element.
     *
     * @param name the JSON member name
     * @param codec the element's codec
     * @return this builder
     */
    public Builder<T> one(String name, Codec<?> codec) {
      name(name, codec::read, null);
      slots.add(new Slot(name, codec, null, false));
      return this;
    }

    /**
     * Declares a repeating element; its getter returns a list, empty when absent.
     *
     * @param name the JSON member name
     * @param codec the codec of one element
     * @return this builder
     */
    public Builder<T> many(String name, Codec<?> codec) {
      name(name, reader -> readList(reader, codec), null);
      slots.add(new Slot(name, codec, null, true));
      return this;
    }

    /**
     * Declares a choice element such as {@code value[x]}: one slot, whose value is a {@link Choice} (or null),
     * read from whichever of {@code prefix + type} is present; two present is an error.
     *
     * @param prefix the element's name without its type suffix, such as {@code value}
     * @param types the codec of each type suffix the model supports, such as {@code Coding}
     * @return this builder
     */
    public Builder<T> choice(String prefix, Map<String, Codec<?>> types) {
      types.forEach((type, codec) -> name(prefix + type, codec::read, type));
      slots.add(new Slot(prefix, null, Map.copyOf(types), false));
      return this;
    }

    private void name(String name, ElementReader reader, @Nullable String choiceType) {
      jsonNames.add(name);
      readers.add(reader);
      slotOf.add(slots.size());
      choiceTypeOf.add(choiceType);
    }

    /**
     * Returns the codec.
     *
     * @param getters reads each element back from the model, by declaration index, and its unknown members,
     *     for writing
     * @param factory builds the model from the values, in declaration order, then the unknown members
     * @return the codec
     */
    public ObjectCodec<T> build(Getters<T> getters, Factory<T> factory) {
      return new ObjectCodec<>(this, getters, factory);
    }
  }

  private record Slot(String name, @Nullable Codec<?> codec, @Nullable Map<String, Codec<?>> choices,
      boolean repeating) {}

  /**
   * Reads an array into an immutable list, so the model's own {@code List.copyOf} does not copy it again. One and
   * two items, the usual FHIR case, go straight into {@code List.of} without an intermediate list.
   */
  private static List<Object> readList(JsonReader reader, Codec<?> codec) throws IOException {
    Primitives.expect(reader, JsonReader.Token.BEGIN_ARRAY, "an array");
    reader.beginArray();
    List<Object> list;
    if (!reader.hasNext()) {
      list = List.of();
    } else {
      Object first = codec.read(reader);
      if (!reader.hasNext()) {
        list = List.of(first);
      } else {
        Object second = codec.read(reader);
        if (!reader.hasNext()) {
          list = List.of(first, second);
        } else {
          List<Object> values = new ArrayList<>();
          values.add(first);
          values.add(second);
          while (reader.hasNext()) {
            values.add(codec.read(reader));
          }
          list = List.copyOf(values);
        }
      }
    }
    reader.endArray();
    return list;
  }
}
