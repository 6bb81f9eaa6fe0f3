package dev.nhsapi.testing.internal;

import mockwebserver3.MockResponse;

/** Builds the sandbox's HTTP answers. */
final class Responses {
  private Responses() {}

  static MockResponse fhir(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/fhir+json").body(body)
        .build();
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }
}
