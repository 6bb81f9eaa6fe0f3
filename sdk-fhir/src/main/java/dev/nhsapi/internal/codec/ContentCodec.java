package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.UnknownElements;
import dev.nhsapi.websitecontent.ContentLink;
import dev.nhsapi.websitecontent.ContentPage;
import dev.nhsapi.websitecontent.ContentSection;
import dev.nhsapi.websitecontent.ContentSummary;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the NHS website content API's schema.org JSON into {@link ContentPage}s, strict about the JSON types of
 * the members it models and keeping every other member as read. Nesting is bounded by the reader's depth limit,
 * strings by {@link Raw#MAX_STRING}, the document by the transport's body limit.
 */
public final class ContentCodec {
  /** Decodes a response body holding one page. */
  public static final ResponseDecoder<ContentPage> PAGE =
      Decoding.responseDecoder(ContentCodec::page, "NHS website content JSON");

  /**
   * The deepest sections may nest. Real pages nest three deep; the bound keeps a hostile page's copies of nested
   * {@code mainEntityOfPage} (kept whole when {@code hasPart} is read instead) within a small multiple of its size.
   */
  static final int MAX_SECTION_DEPTH = 16;

  private ContentCodec() {}

  /** The members of one JSON object: the modelled ones by name, the rest kept in order. */
  private static final class Members {
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Object> unknown = new LinkedHashMap<>();

    String next(JsonReader reader) throws IOException {
      String name = reader.nextName();
      if (!seen.add(name)) {
        throw Raw.duplicate(reader, name);
      }
      return name;
    }

    void keep(JsonReader reader, String name) throws IOException {
      unknown.put(name, Raw.read(reader));
    }

    UnknownElements unknown() {
      return UnknownElements.of(unknown);
    }
  }

  static ContentPage page(JsonReader reader) throws IOException {
    String type = null;
    String name = null;
    String url = null;
    String description = null;
    String webpage = null;
    List<String> genres = List.of();
    OffsetDateTime dateModified = null;
    OffsetDateTime[] reviewed = {null, null};
    List<ContentSection> sections = List.of();
    List<ContentSection> modules = List.of();
    List<ContentLink> relatedLinks = List.of();
    List<ContentSummary> results = List.of();
    Members members = new Members();
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "a page object");
    String path = reader.getPath();
    reader.beginObject();
    while (reader.hasNext()) {
      String member = members.next(reader);
      switch (member) {
        case "@type" -> type = string(reader);
        case "name" -> name = string(reader);
        case "url" -> url = string(reader);
        case "description" -> description = string(reader);
        case "webpage" -> webpage = string(reader);
        case "genre" -> genres = strings(reader);
        case "dateModified" -> dateModified = dateTime(reader);
        case "lastReviewed" -> reviewed = reviewDates(reader);
        case "mainEntityOfPage" -> sections = sections(reader, 1);
        case "hasPart" -> modules = sections(reader, 1);
        case "relatedLink" -> relatedLinks = array(reader, ContentCodec::link);
        case "significantLink" -> results = array(reader, ContentCodec::summary);
        default -> members.keep(reader, member);
      }
    }
    reader.endObject();
    return new ContentPage(type, required(name, "name", path), url, description, webpage, genres, dateModified,
        reviewed[0], reviewed[1], sections, modules, relatedLinks, results, members.unknown());
  }

  private static List<ContentSection> sections(JsonReader reader, int depth) throws IOException {
    if (depth > MAX_SECTION_DEPTH) {
      throw new JsonDataException("sections nested more than " + MAX_SECTION_DEPTH + " deep at path "
          + reader.getPath());
    }
    return array(reader, element -> section(element, depth));
  }

  private static ContentSection section(JsonReader reader, int depth) throws IOException {
    String type = null;
    String name = null;
    String headline = null;
    String description = null;
    String text = null;
    String url = null;
    List<ContentSection> hasPart = null;
    List<ContentSection> mainEntity = null;
    Object mainEntityAsRead = null;
    Members members = new Members();
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "a section object");
    reader.beginObject();
    while (reader.hasNext()) {
      String member = members.next(reader);
      switch (member) {
        case "@type" -> type = string(reader);
        case "name" -> name = string(reader);
        case "headline" -> headline = string(reader);
        case "description" -> description = string(reader);
        case "text" -> text = string(reader);
        case "url" -> url = string(reader);
        case "hasPart" -> hasPart = sections(reader, depth + 1);
        case "mainEntityOfPage" -> {
          mainEntityAsRead = Raw.read(reader.peekJson());
          mainEntity = sections(reader, depth + 1);
        }
        default -> members.keep(reader, member);
      }
    }
    reader.endObject();
    List<ContentSection> parts = hasPart != null ? hasPart : mainEntity != null ? mainEntity : List.of();
    if (hasPart != null && mainEntityAsRead != null) {
      members.unknown.put("mainEntityOfPage", mainEntityAsRead);
    }
    return new ContentSection(type, name, headline, description, text, url, parts, members.unknown());
  }

  private static ContentLink link(JsonReader reader) throws IOException {
    String name = null;
    String url = null;
    String description = null;
    String relationship = null;
    Members members = new Members();
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "a link object");
    String path = reader.getPath();
    reader.beginObject();
    while (reader.hasNext()) {
      String member = members.next(reader);
      switch (member) {
        case "name" -> name = string(reader);
        case "url" -> url = string(reader);
        case "description" -> description = string(reader);
        case "linkRelationship" -> relationship = string(reader);
        default -> members.keep(reader, member);
      }
    }
    reader.endObject();
    return new ContentLink(name, required(url, "url", path), description, relationship, members.unknown());
  }

  private static ContentSummary summary(JsonReader reader) throws IOException {
    String name = null;
    String url = null;
    String description = null;
    List<String> genres = List.of();
    OffsetDateTime dateModified = null;
    OffsetDateTime[] reviewed = {null, null};
    Members members = new Members();
    Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "a listed page object");
    String path = reader.getPath();
    reader.beginObject();
    while (reader.hasNext()) {
      String member = members.next(reader);
      switch (member) {
        case "name" -> name = string(reader);
        case "url" -> url = string(reader);
        case "description" -> description = string(reader);
        case "mainEntityOfPage" -> {
          Members metadata = new Members();
          Primitives.expect(reader, JsonReader.Token.BEGIN_OBJECT, "an object");
          reader.beginObject();
          while (reader.hasNext()) {
            String field = metadata.next(reader);
            switch (field) {
              case "genre" -> genres = strings(reader);
              case "dateModified" -> dateModified = dateTime(reader);
              case "lastReviewed" -> reviewed = reviewDates(reader);
              default -> metadata.keep(reader, field);
            }
          }
          reader.endObject();
          if (!metadata.unknown.isEmpty()) {
            members.unknown.put(member, Collections.unmodifiableMap(metadata.unknown));
          }
        }
        default -> members.keep(reader, member);
      }
    }
    reader.endObject();
    return new ContentSummary(required(name, "name", path), required(url, "url", path), description, genres,
        dateModified, reviewed[0], reviewed[1], members.unknown());
  }

  /** Reads an array of values, each read by {@code element}. */
  private static <T> List<T> array(JsonReader reader, Decoding.Reading<T> element) throws IOException {
    Primitives.expect(reader, JsonReader.Token.BEGIN_ARRAY, "an array");
    List<T> values = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      values.add(element.read(reader));
    }
    reader.endArray();
    return values;
  }

  /** A string, or null for a JSON null. */
  private static @Nullable String string(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return Primitives.STRING.read(reader);
  }

  /** One string or an array of them: the API sends {@code genre} both ways. */
  private static List<String> strings(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
      return array(reader, Primitives.STRING::read);
    }
    String one = string(reader);
    return one == null || one.isEmpty() ? List.of() : List.of(one);
  }

  /** An ISO 8601 date-time with an offset; empty or null is none. */
  private static @Nullable OffsetDateTime dateTime(JsonReader reader) throws IOException {
    String text = string(reader);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonDataException("expected an ISO 8601 date-time with an offset at path " + reader.getPath());
    }
  }

  /** {@code lastReviewed}: the last review's date-time, then the next review's; or the last review's alone. */
  private static OffsetDateTime[] reviewDates(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      return new OffsetDateTime[] {dateTime(reader), null};
    }
    OffsetDateTime[] dates = {null, null};
    reader.beginArray();
    for (int i = 0; reader.hasNext(); i++) {
      if (i == dates.length) {
        throw new JsonDataException("expected at most two review dates at path " + reader.getPath());
      }
      dates[i] = dateTime(reader);
    }
    reader.endArray();
    return dates;
  }

  private static <T> T required(@Nullable T value, String member, String path) {
    if (value == null) {
      throw new JsonDataException("missing " + member + " at path " + path);
    }
    return value;
  }
}
