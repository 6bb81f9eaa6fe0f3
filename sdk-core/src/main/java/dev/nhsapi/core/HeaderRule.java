package dev.nhsapi.core;

import okhttp3.Headers;

/**
 * Checks a header the caller sends, failing with a message that names the rule it broke and never the value,
 * which may be a credential or patient data (OkHttp's own message quotes it).
 */
final class HeaderRule {
  private HeaderRule() {}

  /**
   * Checks a header's name and value.
   *
   * @throws IllegalArgumentException naming the rule, if either is not legal in HTTP
   */
  static void check(String name, String value) {
    if (!legal(name, "")) {
      throw new IllegalArgumentException("a header name must be 1 or more printable ASCII characters, no spaces");
    }
    if (!legal(name, value)) {
      throw new IllegalArgumentException(
          "the " + name + " header's value must be printable ASCII or tabs, with no line breaks");
    }
  }

  private static boolean legal(String name, String value) {
    try {
      new Headers.Builder().add(name, value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
