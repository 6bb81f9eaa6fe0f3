package dev.nhsapi.core.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The one list of headers a caller may not set, used by {@code NhsRequest.Builder.header} and
 * {@code RequestOptions.Builder.header}: those the transport sets on every call (host, credentials, ids,
 * framing), and, for per-call options, those an operation sets (content negotiation, versions, sync waits).
 * Refusing them keeps a caller from sending two {@code Authorization} headers or silently overriding an
 * operation's {@code If-Match}. Messages name the header and the rule, never the value.
 */
public final class ReservedHeaders {
  /** Set by the transport or the credentials on every call, or by OkHttp for framing. */
  private static final Set<String> TRANSPORT = Set.of(
      "host", "authorization", "apikey", "x-request-id", "x-correlation-id", "user-agent", "content-length",
      "content-type", "transfer-encoding", "connection");

  /** Set by the SDK's operations: a per-call header would silently override them. */
  private static final Set<String> OPERATION = Set.of("accept", "if-match", "e-tag", "x-sync-wait", "prefer");

  private ReservedHeaders() {}

  /**
   * Checks a header of a request: refuses the headers the transport sets and any illegal name or value.
   *
   * @param name the header name
   * @param value the header value
   * @throws IllegalArgumentException if the header is reserved, or the name or value is not a legal header
   */
  public static void checkRequestHeader(String name, String value) {
    if (TRANSPORT.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("header " + name + " is reserved: the transport sets it on every call"
          + " (credentials, X-Request-ID and correlation ids have their own settings)");
    }
    checkLegal(name, value);
  }

  /**
   * Checks a per-call header: refuses the headers the transport or an operation sets, and any illegal name or
   * value.
   *
   * @param name the header name
   * @param value the header value
   * @throws IllegalArgumentException if the header is reserved, or the name or value is not a legal header
   */
  public static void checkOptionHeader(String name, String value) {
    if (OPERATION.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("header " + name + " is reserved: an operation sets it"
          + " (use the operation's own argument, such as the record's version or the patch's sync wait)");
    }
    checkRequestHeader(name, value);
  }

  /** Refuses an illegal name or value without echoing the value, which may be a secret or patient data. */
  private static void checkLegal(String name, String value) {
    if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0)) {
      throw new IllegalArgumentException("a header name must be 1 or more visible ASCII characters, no separators");
    }
    if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
      throw new IllegalArgumentException(
          "header " + name + " has an illegal value: only visible ASCII characters, spaces and tabs are allowed");
    }
  }
}
