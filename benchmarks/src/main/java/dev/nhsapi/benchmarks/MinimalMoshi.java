package dev.nhsapi.benchmarks;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The "plain Moshi" baseline of {@link CodecBenchmark}: a hand-written {@link JsonReader} loop, the way a
 * generated Moshi adapter reads, into minimal Java records. It reads the fields an application typically uses from
 * a PDS Patient and skips the rest; it keeps nothing for a round trip and checks little beyond JSON syntax and
 * {@code resourceType}.
 *
 * <p>What it reads: id, {@code meta.versionId}; identifiers (system, value, extensions); names (use, family, given,
 * prefix); gender and birth date as strings; telecom (system, value, use); addresses (use, lines, postcode,
 * extensions); the GP's ODS code ({@code generalPractitioner[].identifier.value}); and extensions as a URL, nested
 * extensions and a value kept as one string (a primitive's text, or the first {@code code} or {@code value} string
 * inside a complex value such as a CodeableConcept or Reference). Like the SDK it reads the document from an Okio
 * buffer holding the string's UTF-8.
 */
final class MinimalMoshi {
  private MinimalMoshi() {}

  /** A Patient's chosen fields. */
  record MiniPatient(
      String id,
      String versionId,
      List<MiniIdentifier> identifier,
      List<MiniName> name,
      String gender,
      String birthDate,
      List<MiniTelecom> telecom,
      List<MiniAddress> address,
      List<String> gpOdsCode,
      List<MiniExtension> extension) {}

  /** An identifier. */
  record MiniIdentifier(String system, String value, List<MiniExtension> extension) {}

  /** A name. */
  record MiniName(String use, String family, List<String> given, List<String> prefix) {}

  /** A phone number or email address. */
  record MiniTelecom(String system, String value, String use) {}

  /** An address. */
  record MiniAddress(String use, List<String> line, String postalCode, List<MiniExtension> extension) {}

  /** An extension: URL, nested extensions, and its value as a string. */
  record MiniExtension(String url, List<MiniExtension> extension, String value) {}

  /** A search Bundle of patients. */
  record MiniBundle(String type, Integer total, List<MiniEntry> entry) {}

  /** A Bundle entry. */
  record MiniEntry(String fullUrl, BigDecimal score, MiniPatient resource) {}

  private static final JsonReader.Options PATIENT = JsonReader.Options.of("resourceType", "id", "meta",
      "identifier", "name", "gender", "birthDate", "telecom", "address", "generalPractitioner", "extension");
  private static final JsonReader.Options META = JsonReader.Options.of("versionId");
  private static final JsonReader.Options IDENTIFIER = JsonReader.Options.of("system", "value", "extension");
  private static final JsonReader.Options NAME = JsonReader.Options.of("use", "family", "given", "prefix");
  private static final JsonReader.Options TELECOM = JsonReader.Options.of("system", "value", "use");
  private static final JsonReader.Options ADDRESS = JsonReader.Options.of("use", "line", "postalCode", "extension");
  private static final JsonReader.Options REFERENCE = JsonReader.Options.of("identifier");
  private static final JsonReader.Options VALUE = JsonReader.Options.of("value");
  private static final JsonReader.Options EXTENSION = JsonReader.Options.of("url", "extension");
  private static final JsonReader.Options CODE_OR_VALUE = JsonReader.Options.of("code", "value");
  private static final JsonReader.Options BUNDLE = JsonReader.Options.of("resourceType", "type", "total", "entry");
  private static final JsonReader.Options ENTRY = JsonReader.Options.of("fullUrl", "search", "resource");
  private static final JsonReader.Options SEARCH = JsonReader.Options.of("score");

  /** A reader of one element of an array. */
  @FunctionalInterface
  private interface ItemReader<T> {
    T read(JsonReader reader) throws IOException;
  }

  /**
   * Decodes a Patient.
   *
   * @param json the document
   * @return the chosen fields
   * @throws IOException if the JSON is malformed
   */
  static MiniPatient decodePatient(String json) throws IOException {
    return decodePatient(new Buffer().writeUtf8(json));
  }

  /**
   * Decodes a Patient as it streams in, such as an HTTP response body.
   *
   * @param source the document
   * @return the chosen fields
   * @throws IOException if the JSON is malformed or the source cannot be read
   */
  static MiniPatient decodePatient(BufferedSource source) throws IOException {
    JsonReader reader = JsonReader.of(source);
    MiniPatient patient = patient(reader);
    end(reader);
    return patient;
  }

  /**
   * Decodes a search Bundle of patients.
   *
   * @param json the document
   * @return the chosen fields
   * @throws IOException if the JSON is malformed
   */
  static MiniBundle decodeBundle(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    String type = null;
    Integer total = null;
    List<MiniEntry> entries = List.of();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(BUNDLE)) {
        case 0 -> resourceType(reader, "Bundle");
        case 1 -> type = reader.nextString();
        case 2 -> total = reader.nextInt();
        case 3 -> entries = list(reader, MinimalMoshi::entry);
        default -> skip(reader);
      }
    }
    reader.endObject();
    end(reader);
    return new MiniBundle(type, total, entries);
  }

  private static MiniEntry entry(JsonReader reader) throws IOException {
    String fullUrl = null;
    BigDecimal score = null;
    MiniPatient resource = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(ENTRY)) {
        case 0 -> fullUrl = reader.nextString();
        case 1 -> {
          reader.beginObject();
          while (reader.hasNext()) {
            if (reader.selectName(SEARCH) == 0) {
              score = new BigDecimal(reader.nextString());
            } else {
              skip(reader);
            }
          }
          reader.endObject();
        }
        case 2 -> resource = patient(reader);
        default -> skip(reader);
      }
    }
    reader.endObject();
    return new MiniEntry(fullUrl, score, resource);
  }

  private static MiniPatient patient(JsonReader reader) throws IOException {
    String id = null;
    String versionId = null;
    List<MiniIdentifier> identifiers = List.of();
    List<MiniName> names = List.of();
    String gender = null;
    String birthDate = null;
    List<MiniTelecom> telecoms = List.of();
    List<MiniAddress> addresses = List.of();
    List<String> gps = List.of();
    List<MiniExtension> extensions = List.of();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(PATIENT)) {
        case 0 -> resourceType(reader, "Patient");
        case 1 -> id = reader.nextString();
        case 2 -> {
          reader.beginObject();
          while (reader.hasNext()) {
            if (reader.selectName(META) == 0) {
              versionId = reader.nextString();
            } else {
              skip(reader);
            }
          }
          reader.endObject();
        }
        case 3 -> identifiers = list(reader, MinimalMoshi::identifier);
        case 4 -> names = list(reader, MinimalMoshi::name);
        case 5 -> gender = reader.nextString();
        case 6 -> birthDate = reader.nextString();
        case 7 -> telecoms = list(reader, MinimalMoshi::telecom);
        case 8 -> addresses = list(reader, MinimalMoshi::address);
        case 9 -> gps = list(reader, MinimalMoshi::gpOdsCode);
        case 10 -> extensions = list(reader, MinimalMoshi::extension);
        default -> skip(reader);
      }
    }
    reader.endObject();
    return new MiniPatient(id, versionId, identifiers, names, gender, birthDate, telecoms, addresses, gps,
        extensions);
  }

  private static MiniIdentifier identifier(JsonReader reader) throws IOException {
    String system = null;
    String value = null;
    List<MiniExtension> extensions = List.of();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(IDENTIFIER)) {
        case 0 -> system = reader.nextString();
        case 1 -> value = reader.nextString();
        case 2 -> extensions = list(reader, MinimalMoshi::extension);
        default -> skip(reader);
      }
    }
    reader.endObject();
    return new MiniIdentifier(system, value, extensions);
  }

  private static MiniName name(JsonReader reader) throws IOException {
    String use = null;
    String family = null;
    List<String> given = List.of();
    List<String> prefix = List.of();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAME)) {
        case 0 -> use = reader.nextString();
        case 1 -> family = reader.nextString();
        case 2 -> given = list(reader, JsonReader::nextString);
        case 3 -> prefix = list(reader, JsonReader::nextString);
        default -> skip(reader);
      }
    }
    reader.endObject();
    return new MiniName(use, family, given, prefix);
  }

  private static MiniTelecom telecom(JsonReader reader) throws IOException {
    String system = null;
    String value = null;
    String use = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(TELECOM)) {
        case 0 -> system = reader.nextString();
        case 1 -> value = reader.nextString();
        case 2 -> use = reader.nextString();
        default -> skip(reader);
      }
    }
    reader.endObject();
    return new MiniTelecom(system, value, use);
  }

  private static MiniAddress address(JsonReader reader) throws IOException {
    String use = null;
    List<String> lines = List.of();
    String postalCode = null;
    List<MiniExtension> extensions = List.of();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(ADDRESS)) {
        case 0 -> use = reader.nextString();
        case 1 -> lines = list(reader, JsonReader::nextString);
        case 2 -> postalCode = reader.nextString();
        case 3 -> extensions = list(reader, MinimalMoshi::extension);
        default -> skip(reader);
      }
    }
    reader.endObject();
    return new MiniAddress(use, lines, postalCode, extensions);
  }

  /** A Reference's {@code identifier.value}. */
  private static String gpOdsCode(JsonReader reader) throws IOException {
    String code = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.selectName(REFERENCE) == 0) {
        reader.beginObject();
        while (reader.hasNext()) {
          if (reader.selectName(VALUE) == 0) {
            code = reader.nextString();
          } else {
            skip(reader);
          }
        }
        reader.endObject();
      } else {
        skip(reader);
      }
    }
    reader.endObject();
    return code;
  }

  private static MiniExtension extension(JsonReader reader) throws IOException {
    String url = null;
    List<MiniExtension> nested = List.of();
    String value = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(EXTENSION)) {
        case 0 -> url = reader.nextString();
        case 1 -> nested = list(reader, MinimalMoshi::extension);
        default -> {
          if (reader.nextName().startsWith("value")) {
            value = valueText(reader);
          } else {
            reader.skipValue();
          }
        }
      }
    }
    reader.endObject();
    return new MiniExtension(url, nested, value);
  }

  /** A primitive's text, or the first {@code code} or {@code value} string inside a complex value. */
  private static String valueText(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case STRING, NUMBER -> reader.nextString();
      case BOOLEAN -> reader.nextBoolean() ? "true" : "false";
      default -> findCode(reader);
    };
  }

  /** The first string under a {@code code} or {@code value} member, at any depth; the rest is skipped. */
  private static String findCode(JsonReader reader) throws IOException {
    String found = null;
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        while (reader.hasNext()) {
          int index = reader.selectName(CODE_OR_VALUE);
          if (index < 0) {
            reader.skipName();
          }
          if (found != null) {
            reader.skipValue();
          } else if (index >= 0 && reader.peek() == JsonReader.Token.STRING) {
            found = reader.nextString();
          } else {
            found = findCode(reader);
          }
        }
        reader.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        while (reader.hasNext()) {
          if (found != null) {
            reader.skipValue();
          } else {
            found = findCode(reader);
          }
        }
        reader.endArray();
      }
      default -> reader.skipValue();
    }
    return found;
  }

  private static <T> List<T> list(JsonReader reader, ItemReader<T> item) throws IOException {
    List<T> values = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      values.add(item.read(reader));
    }
    reader.endArray();
    return values;
  }

  private static void resourceType(JsonReader reader, String expected) throws IOException {
    String type = reader.nextString();
    if (!expected.equals(type)) {
      throw new JsonDataException("expected resourceType " + expected + " at path " + reader.getPath());
    }
  }

  /** Skips the current member: its name if a selectName call left it unread, then its value. */
  private static void skip(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NAME) {
      reader.skipName();
    }
    reader.skipValue();
  }

  private static void end(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("content after the document at path " + reader.getPath());
    }
  }
}
