package dev.nhsapi.core.auth;

import okhttp3.Headers;

/** Credentials that add nothing. */
enum NoCredentials implements Credentials {
  INSTANCE;

  private static final Headers EMPTY = Headers.of();

  @Override
  public Headers headers(TokenEndpoint tokenEndpoint) {
    return EMPTY;
  }

  @Override
  public String toString() {
    return "Credentials.none()";
  }
}
