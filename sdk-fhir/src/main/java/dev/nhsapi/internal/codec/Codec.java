package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.function.Supplier;

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

  /**
   * Returns a codec that asks the supplier for its delegate on every use, for codecs of types that contain
   * themselves (directly or not), and for codecs built only when first used.
   *
   * @param <T> the Java type
   * @param supplier supplies the delegate
   * @return the codec
   */
  static <T> Codec<T> lazy(Supplier<Codec<T>> supplier) {
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
}
