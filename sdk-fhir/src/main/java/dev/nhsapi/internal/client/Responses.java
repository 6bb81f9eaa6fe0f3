package dev.nhsapi.internal.client;

import dev.nhsapi.core.NhsResponse;

/** What the clients do with a response once the transport decoded it. */
public final class Responses {
  private Responses() {}

  /**
   * Returns the response with another value, such as the record a client makes of the decoded resource and the
   * response's headers; the status, headers and ids stay.
   *
   * @param <T> the new value's type
   * @param response the response
   * @param value the new value
   * @return the response with {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static <T> NhsResponse<T> withValue(NhsResponse<?> response, T value) {
    return new NhsResponse<>(response.statusCode(), response.headers(), value, response.requestId(),
        response.correlationId());
  }
}
