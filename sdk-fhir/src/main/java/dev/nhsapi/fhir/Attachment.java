package dev.nhsapi.fhir;

import org.jspecify.annotations.Nullable;

/**
 * Content such as a document or image, inline or by URL. A FHIR R4 datatype.
 *
 * @param contentType the MIME type
 * @param language the language
 * @param data the base64 content
 * @param url where the content is
 * @param size the size in bytes
 * @param hash the SHA-1 hash, base64
 * @param title a label
 * @param creation when it was created
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Attachment(
    @Nullable String contentType,
    @Nullable String language,
    @Nullable String data,
    @Nullable String url,
    @Nullable Integer size,
    @Nullable String hash,
    @Nullable String title,
    @Nullable FhirDateTime creation,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param contentType the MIME type
   * @param language the language
   * @param data the base64 content
   * @param url where the content is
   * @param size the size in bytes
   * @param hash the SHA-1 hash, base64
   * @param title a label
   * @param creation when it was created
   * @param unknown the members the SDK does not model
   */
  public Attachment {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Attachment[***]";
  }
}
