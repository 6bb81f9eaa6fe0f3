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

  /** The gateway's (Apigee's) fault answer: {@code {"fault":{"faultstring":...,"detail":{"errorcode":...}}}}. */
  static MockResponse fault(int status, String faultString, String errorCode) {
    return json(status, "{\"fault\":{\"faultstring\":\"" + faultString + "\",\"detail\":{\"errorcode\":\""
        + errorCode + "\"}}}");
  }

  /** The gateway's answer to a request without the {@code apikey} header an API verifies. */
  static MockResponse missingApiKey() {
    return fault(401, "Failed to resolve API Key variable request.header.apikey",
        "steps.oauth.v2.FailedToResolveAPIKey");
  }

  /** The gateway's answer to an {@code apikey} no application is registered with. */
  static MockResponse invalidApiKey() {
    return fault(401, "Invalid ApiKey", "oauth.v2.InvalidApiKey");
  }
}
