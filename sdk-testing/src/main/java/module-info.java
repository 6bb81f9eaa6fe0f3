/**
 * The embedded NHS sandbox and test support for code that calls NHS England APIs.
 */
module dev.nhsapi.testing {
  requires transitive dev.nhsapi;
  requires mockwebserver3;
  requires com.nimbusds.jose.jwt;
  requires com.squareup.moshi;
  requires jakarta.json;
  requires okio;
  requires static transitive org.junit.jupiter.api;
  requires static org.junit.platform.commons;

  exports dev.nhsapi.testing;
  exports dev.nhsapi.testing.junit;
}
