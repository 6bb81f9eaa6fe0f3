package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.NhsDecodeException;
import java.io.EOFException;
import java.io.IOException;
import okio.BufferedSource;

/** Runs a decode of a whole document and reports every failure as {@link NhsDecodeException}. */
public final class Decoding {
  /** Reads a value from a JSON document. */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * Reads the value.
     *
     * @param reader the reader, at the start of the document
     * @return the value
     * @throws IOException if the JSON is malformed or of the wrong shape
     */
    T read(JsonReader reader) throws IOException;
  }

  private Decoding() {}

  /**
   * Decodes the document in {@code source}, which must hold nothing after the value.
   *
   * @param <T> the value's type
   * @param source the document
   * @param reading reads the value
   * @return the value
   * @throws NhsDecodeException naming the JSON path and the rule, never the content
   */
  public static <T> T decode(BufferedSource source, Reading<T> reading) {
    JsonReader reader = JsonReader.of(source);
    try {
      T value = reading.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new NhsDecodeException("content after the resource at path " + reader.getPath(), null, null, null);
      }
      return value;
    } catch (NhsDecodeException e) {
      throw e;
    } catch (JsonEncodingException | EOFException e) {
      // Moshi's syntax messages can quote the document (an invalid unicode escape): keep where, not what
      throw new NhsDecodeException("malformed JSON at path " + syntaxErrorPath(e, reader), null, null, null);
    } catch (IOException | RuntimeException e) {
      throw new NhsDecodeException("not valid FHIR JSON: " + e.getMessage(), e, null, null);
    }
  }

  private static String syntaxErrorPath(IOException e, JsonReader reader) {
    String message = e.getMessage();
    int at = message == null ? -1 : message.lastIndexOf(" at path ");
    return at < 0 ? reader.getPath() : message.substring(at + " at path ".length());
  }
}
