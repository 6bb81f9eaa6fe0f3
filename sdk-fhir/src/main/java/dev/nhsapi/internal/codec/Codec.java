package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads and writes one FHIR JSON value of type {@code T}, strictly: a value of the wrong JSON type is an error
 * naming the path, never a silent conversion.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {
  /**
   * Reads the next value.
   *
   * @param reader the reader, positioned at the value
   * @return the value, never null
   * @throws IOException if the JSON is malformed or of the wrong shape
   */
  T read(JsonReader reader) throws IOException;

  /**
   * Writes a value.
   *
   * @param writer the writer
   * @param value the value
   * @throws IOException if writing fails
   */
  void write(JsonWriter writer, T value) throws IOException;
}
