package dev.nhsapi.core;

import java.io.IOException;
import okhttp3.ResponseBody;

/**
 * Turns a successful response body into a value. The transport calls it once per successful attempt, on the
 * thread that received the response, and closes the body afterwards.
 *
 * <p>An {@link IOException} while reading (a body cut short) is treated as a transport failure and retried where
 * that is safe; any {@link RuntimeException} (malformed or unexpected JSON) becomes an
 * {@link NhsDecodeException} and is not retried.
 *
 * <p>The call's deadline bounds the network reads; a decoder that does much work after reading can bound that too:
 * the body's {@code source().timeout()} carries the call's deadline ({@code hasDeadline()} and
 * {@code deadlineNanoTime()}, in {@link System#nanoTime()} terms). The SDK's own decoders check it while they
 * decode and fail with {@link NhsDecodeException} once it has passed.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /**
   * Decodes the body.
   *
   * @param body the response body; do not close it
   * @return the value, never null
   * @throws IOException if the body cannot be read in full
   */
  T decode(ResponseBody body) throws IOException;

  /**
   * Returns a decoder that reads the body as a string in its declared charset (UTF-8 by default).
   *
   * @return the decoder
   */
  static ResponseDecoder<String> ofString() {
    return ResponseBody::string;
  }

  /**
   * Returns a decoder that reads the body as bytes.
   *
   * @return the decoder
   */
  static ResponseDecoder<byte[]> ofBytes() {
    return ResponseBody::bytes;
  }
}
