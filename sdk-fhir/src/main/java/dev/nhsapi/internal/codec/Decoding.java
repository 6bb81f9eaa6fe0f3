package dev.nhsapi.internal.codec;

import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.ResponseDecoder;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/** Runs a decode of a whole document and reports every failure as {@link NhsDecodeException}. */
public final class Decoding {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");
  /** The longest description a decode failure's message carries. */
  static final int MAX_DESCRIPTION = 300;
  private static final String FHIR_JSON = "FHIR JSON";
  private static final String EMPTY_BODY = "empty body where JSON was expected; the API's base URL may be wrong "
      + "(a proxy or gateway can answer an unknown path with an empty 200): check the environment's apiUrl";

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
   * Returns a response decoder that decodes the whole body, read by {@link #readAll(ResponseBody)}.
   *
   * @param <T> the value's type
   * @param reading reads the value
   * @return the decoder
   */
  public static <T> ResponseDecoder<T> responseDecoder(Reading<T> reading) {
    return responseDecoder(reading, FHIR_JSON);
  }

  /**
   * Returns a response decoder for a JSON format other than FHIR's, whose failures name that format.
   *
   * @param <T> the value's type
   * @param reading reads the value
   * @param format what the document should be, for failure messages, such as {@code NHS website content JSON}
   * @return the decoder
   */
  public static <T> ResponseDecoder<T> responseDecoder(Reading<T> reading, String format) {
    return body -> decode(readAll(body), body.source().timeout(), reading, format);
  }

  /**
   * Reads a whole response body before it is decoded, so that a connection lost part way through the body
   * surfaces as the {@link IOException} the transport retries, not as malformed JSON. The transport already bounds
   * the body's size. A body that is empty, or only white space, is refused here: it is no document at all, and the
   * usual cause is a request sent to the wrong place, not a malformed answer.
   *
   * @param body the body
   * @return its bytes
   * @throws IOException if the body cannot be read in full
   * @throws NhsDecodeException if the body is empty or only white space
   */
  public static Buffer readAll(ResponseBody body) throws IOException {
    Buffer whole = new Buffer();
    body.source().readAll(whole);
    if (isBlank(whole)) {
      throw failure(EMPTY_BODY, null);
    }
    return whole;
  }

  /** JSON's white space; stops at the first other byte, which for a document is almost always the first. */
  private static boolean isBlank(Buffer buffer) {
    for (long i = 0; i < buffer.size(); i++) {
      byte b = buffer.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

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
    return decode(source, Timeout.NONE, reading, FHIR_JSON);
  }

  /**
   * Decodes {@code source}, which must hold nothing after the value, failing once {@code deadline}'s deadline has
   * passed. The deadline is checked each time the reader takes more of the document, a few kilobytes at a time;
   * with the codec's limits on strings and numbers, no stretch of decoding between two checks takes long.
   *
   * @param <T> the value's type
   * @param source the document
   * @param deadline the call's deadline (a response body source's timeout), or a timeout without one
   * @param reading reads the value
   * @return the value
   * @throws NhsDecodeException naming the JSON path and the rule, never the content
   */
  public static <T> T decode(BufferedSource source, Timeout deadline, Reading<T> reading) {
    return decode(source, deadline, reading, FHIR_JSON);
  }

  private static <T> T decode(BufferedSource source, Timeout deadline, Reading<T> reading, String format) {
    JsonReader reader = JsonReader.of(deadline.hasDeadline() ? Okio.buffer(new Deadlined(source, deadline)) : source);
    try {
      T value = reading.read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw failure("content after the resource at path " + reader.getPath(), null);
      }
      return value;
    } catch (NhsDecodeException e) {
      throw e;
    } catch (DeadlinePassed e) {
      throw failure("decoding did not finish within the call's deadline, at path " + reader.getPath(), null);
    } catch (JsonEncodingException | EOFException e) {
      // Moshi's syntax messages can quote the document (an invalid unicode escape): keep where, not what
      throw failure("malformed JSON at path " + syntaxErrorPath(e, reader), null);
    } catch (IOException | RuntimeException e) {
      throw failure("not valid " + format + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes the exception for a failed decode. JSON paths carry the document's member names, which a hostile
   * document can fill with line breaks or megabytes: the description is cut to one line of at most
   * {@link #MAX_DESCRIPTION} characters, control characters shown as {@code ?}.
   */
  private static NhsDecodeException failure(String description, @Nullable Throwable cause) {
    String bounded = description.length() > MAX_DESCRIPTION
        ? description.substring(0, MAX_DESCRIPTION - 3) + "..." : description;
    return new NhsDecodeException(CONTROL.matcher(bounded).replaceAll("?"), cause, null, null);
  }

  /** A document that may be read only until a deadline. */
  private static final class Deadlined extends ForwardingSource {
    private final Timeout deadline;

    Deadlined(Source source, Timeout deadline) {
      super(source);
      this.deadline = deadline;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (deadline.deadlineNanoTime() - System.nanoTime() <= 0) {
        throw new DeadlinePassed();
      }
      return super.read(sink, byteCount);
    }
  }

  /** Thrown through Moshi, which lets an {@link IOException} pass, when a decode runs past its deadline. */
  private static final class DeadlinePassed extends InterruptedIOException {
    private static final long serialVersionUID = 1L;
  }

  private static String syntaxErrorPath(IOException e, JsonReader reader) {
    String message = e.getMessage();
    int at = message == null ? -1 : message.lastIndexOf(" at path ");
    return message == null || at < 0 ? reader.getPath() : message.substring(at + " at path ".length());
  }
}
