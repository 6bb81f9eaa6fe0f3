package dev.nhsapi.fhir;

import com.squareup.moshi.JsonWriter;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.internal.codec.Decoding;
import dev.nhsapi.internal.codec.FhirCodecs;
import java.io.IOException;
import java.util.Objects;
import okio.Buffer;
import okio.BufferedSource;
import okio.Timeout;

/**
 * Reads and writes FHIR R4 JSON, losslessly: {@code resourceType} picks the class, elements the SDK does not
 * model are kept and written back unchanged, decimals keep their scale and dates their precision.
 *
 * <p>Reading is strict about types (a string where a number belongs is an error) and tolerant of unknown
 * elements. A malformed document fails with {@link NhsDecodeException} naming the JSON path and the rule, never
 * the document's content. Thread-safe.
 *
 * <pre>{@code
 * Patient patient = FhirJson.decode(json, Patient.class);
 * String again = FhirJson.encode(patient.toBuilder().active(true).build());
 * }</pre>
 */
public final class FhirJson {
  private FhirJson() {}

  /**
   * Decodes a resource of any type.
   *
   * @param json the JSON document
   * @return the resource; a {@link GenericResource} for types the SDK does not model
   * @throws NhsDecodeException if the document is not a valid FHIR resource
   * @throws NullPointerException if {@code json} is null
   */
  public static Resource decode(String json) {
    return decode(json, Resource.class);
  }

  /**
   * Decodes a resource of an expected type.
   *
   * @param <R> the resource type
   * @param json the JSON document
   * @param type the expected class, for example {@code Patient.class}
   * @return the resource
   * @throws NhsDecodeException if the document is not a valid FHIR resource of that type
   * @throws NullPointerException if an argument is null
   */
  public static <R extends Resource> R decode(String json, Class<R> type) {
    Objects.requireNonNull(json, "json == null");
    return decode(new Buffer().writeUtf8(json), Timeout.NONE, type);
  }

  /**
   * Returns a decoder for {@link dev.nhsapi.core.NhsTransport} that reads a resource of the expected type. It
   * stops with {@link NhsDecodeException} once the call's deadline has passed (see {@link ResponseDecoder}).
   *
   * @param <R> the resource type
   * @param type the expected class
   * @return the decoder
   * @throws NullPointerException if {@code type} is null
   */
  public static <R extends Resource> ResponseDecoder<R> responseDecoder(Class<R> type) {
    Objects.requireNonNull(type, "type == null");
    return body -> decode(Decoding.readAll(body), body.source().timeout(), type);
  }

  private static <R extends Resource> R decode(BufferedSource source, Timeout deadline, Class<R> type) {
    Objects.requireNonNull(type, "type == null");
    Resource resource = Decoding.decode(source, deadline, FhirCodecs.RESOURCE::read);
    if (!type.isInstance(resource)) {
      throw new NhsDecodeException(
          "expected " + type.getSimpleName() + " but the document is a " + resource.resourceType()
              + " at path $.resourceType", null, null, null);
    }
    return type.cast(resource);
  }

  /**
   * Encodes a resource as compact JSON.
   *
   * @param resource the resource
   * @return the JSON document
   * @throws NullPointerException if {@code resource} is null
   */
  public static String encode(Resource resource) {
    Objects.requireNonNull(resource, "resource == null");
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      FhirCodecs.RESOURCE.write(writer, resource);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a Buffer never fails
    }
    return buffer.readUtf8();
  }
}
