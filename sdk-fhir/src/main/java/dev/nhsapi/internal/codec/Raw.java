package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.nhsapi.fhir.UnknownElements;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.BufferedSink;

/**
 * Any JSON value, kept losslessly: objects keep member order, numbers keep their digits and scale
 * ({@link BigDecimal}), nulls are {@link UnknownElements#JSON_NULL}, and duplicate member names are an error.
 */
public final class Raw {
  /** The longest string the codec accepts; longer is treated as hostile input. */
  static final int MAX_STRING = 8 * 1024 * 1024;

  /**
   * The longest number literal the codec accepts, in characters; longer is treated as hostile input. A FHIR
   * {@code decimal} has at most 18 integer and 17 fraction digits and a 9-digit exponent (under 50 characters), and
   * {@link BigDecimal}'s parse time grows with the square of the length: the limit is checked before parsing, in
   * every member, known or not.
   */
  static final int MAX_NUMBER_LENGTH = 400;

  /** The largest scale written in plain notation; beyond it (hostile input such as 1e-999999999), scientific. */
  private static final int MAX_PLAIN_SCALE = 1000;

  private Raw() {}

  static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (members.put(name, read(reader)) != null) {
            throw duplicate(reader, name);
          }
        }
        reader.endObject();
        return Collections.unmodifiableMap(members);
      }
      case BEGIN_ARRAY -> {
        List<Object> elements = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          elements.add(read(reader));
        }
        reader.endArray();
        return Collections.unmodifiableList(elements);
      }
      case STRING -> {
        return checkedString(reader);
      }
      case NUMBER -> {
        return number(reader);
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        reader.nextNull();
        return UnknownElements.JSON_NULL;
      }
      default -> throw new JsonDataException("unexpected " + reader.peek() + " at path " + reader.getPath());
    }
  }

  static JsonDataException duplicate(JsonReader reader, String name) {
    return new JsonDataException("duplicate member '" + name + "' at path " + reader.getPath());
  }

  static String checkedString(JsonReader reader) throws IOException {
    String value = reader.nextString();
    if (value.length() > MAX_STRING) {
      throw new JsonDataException("string longer than " + MAX_STRING + " characters at path " + reader.getPath());
    }
    return value;
  }

  static BigDecimal number(JsonReader reader) throws IOException {
    String literal = reader.nextString(); // Moshi gives a number's literal text, digits and scale intact
    if (literal.length() > MAX_NUMBER_LENGTH) {
      throw new JsonDataException(
          "number longer than " + MAX_NUMBER_LENGTH + " characters at path " + reader.getPath());
    }
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException e) {
      throw new JsonDataException("malformed number at path " + reader.getPath());
    }
  }

  /**
   * Writes a number as it was read. {@link BigDecimal#toString()}, which {@link JsonWriter#value(Number)} uses,
   * turns a plain {@code 0.00000050} into {@code 5.0E-7}; a positive scale means the literal had that many
   * fraction digits, so the plain form gives them back.
   */
  static void writeNumber(JsonWriter writer, BigDecimal number) throws IOException {
    if (number.scale() > 0 && number.scale() <= MAX_PLAIN_SCALE) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(number.toPlainString());
      }
    } else {
      writer.value(number);
    }
  }

  @SuppressWarnings("unchecked") // JSON trees are built by read() above or by UnknownElements' contract
  static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
        writer.name(member.getKey());
        write(writer, member.getValue());
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof BigDecimal number) {
      writeNumber(writer, number);
    } else if (value instanceof Boolean bool) {
      writer.value(bool);
    } else if (value == UnknownElements.JSON_NULL) {
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      writer.nullValue();
      writer.setSerializeNulls(serializeNulls);
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
    }
  }
}
