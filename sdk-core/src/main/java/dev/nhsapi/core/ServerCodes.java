package dev.nhsapi.core;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The allow-list for server text in messages and {@code toString()}: a code ({@code RESOURCE_NOT_FOUND},
 * {@code not-found}, {@code invalid_request}, {@code oauth.v2.InvalidApiKey}) is shown as it is; anything else a
 * server put where a code belongs is shown as {@code ?}, because free text may echo the caller's input.
 */
final class ServerCodes {
  /**
   * A letter, then at most 63 letters, digits and {@code _ . : -}, with no run of 6 digits (an identifier); the
   * identity service's {@code public_key error} is the one code with a space.
   */
  private static final Pattern CODE = Pattern.compile("(?!.*\\d{6})[A-Za-z][A-Za-z0-9_.:-]{0,63}( error)?");

  /** A message id such as {@code rrt-5781063954632456-c-geu2-24627-7892367-1}: has a letter, no spaces. */
  private static final Pattern ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9_.:-]{1,100}");

  private ServerCodes() {}

  /** Returns {@code id} if it looks like a message id, {@code ?} if it does not, or null if it is null. */
  static @Nullable String shownId(@Nullable String id) {
    return id == null || ID.matcher(id).matches() ? id : "?";
  }

  /** Returns {@code code} if it looks like a code, {@code ?} if it does not, or null if it is null. */
  static @Nullable String shown(@Nullable String code) {
    return code == null || CODE.matcher(code).matches() ? code : "?";
  }

  /** Returns {@code ***} for free text that is present, or null. */
  static @Nullable String masked(@Nullable String text) {
    return text == null ? null : "***";
  }
}
