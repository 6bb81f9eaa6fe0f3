package dev.nhsapi.fhir;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A JSON tree for tests, independent of the codec under test: objects are maps (equal regardless of member
 * order), arrays are lists, and numbers are kept as their literal text, so {@code 1.50} and {@code 1.5} differ.
 */
final class LiteralJson {
  /** A number as written in the document. */
  record NumberLiteral(String literal) {}

  /** A JSON {@code null}. */
  enum Null {
    NULL
  }

  private LiteralJson() {}

  /**
   * Parses a whole document strictly; duplicate member names fail.
   *
   * @param json the document
   * @return the tree
   */
  static Object parse(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Object tree = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("content after the document");
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the document without insignificant whitespace, members and literals as written.
   *
   * @param json the document
   * @return the compact document
   */
  static String compact(String json) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(writer, parse(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /**
   * Returns the first difference between two trees, by JSON path.
   *
   * @param expected the expected tree
   * @param actual the actual tree
   * @return a description of the first difference, or empty if the trees are equal
   */
  static Optional<String> difference(Object expected, Object actual) {
    return difference("$", expected, actual);
  }

  private static Optional<String> difference(String path, Object expected, Object actual) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      Set<Object> names = new TreeSet<>();
      names.addAll(e.keySet());
      names.addAll(a.keySet());
      for (Object name : names) {
        if (!e.containsKey(name)) {
          return Optional.of(path + "." + name + " was added");
        }
        if (!a.containsKey(name)) {
          return Optional.of(path + "." + name + " was dropped");
        }
        Optional<String> inner = difference(path + "." + name, e.get(name), a.get(name));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      if (e.size() != a.size()) {
        return Optional.of(path + " has " + a.size() + " elements, expected " + e.size());
      }
      for (int i = 0; i < e.size(); i++) {
        Optional<String> inner = difference(path + "[" + i + "]", e.get(i), a.get(i));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty() : Optional.of(path + " is " + actual + ", expected " + expected);
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (members.put(name, read(reader)) != null) {
            throw new IllegalArgumentException("duplicate member at " + reader.getPath());
          }
        }
        reader.endObject();
        return members;
      }
      case BEGIN_ARRAY -> {
        List<Object> elements = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          elements.add(read(reader));
        }
        reader.endArray();
        return elements;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return new NumberLiteral(reader.nextString()); // Moshi hands out a number's literal text
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        reader.nextNull();
        return Null.NULL;
      }
      default -> throw new IllegalArgumentException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static void write(JsonWriter writer, Object tree) throws IOException {
    if (tree instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        writer.name((String) member.getKey());
        write(writer, member.getValue());
      }
      writer.endObject();
    } else if (tree instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        write(writer, element);
      }
      writer.endArray();
    } else if (tree instanceof String string) {
      writer.value(string);
    } else if (tree instanceof NumberLiteral number) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(number.literal());
      }
    } else if (tree instanceof Boolean bool) {
      writer.value(bool.booleanValue());
    } else {
      writer.setSerializeNulls(true);
      writer.nullValue();
    }
  }
}
