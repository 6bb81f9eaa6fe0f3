package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsResponseTest {
  static NhsResponse<String> response(String... headers) {
    return new NhsResponse<>(200, Headers.of(headers), "body", "request-id", "correlation-id");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"ETag|W/\"3\"|3", "ETag|\"4\"|4", "ETag|5|5", "E-Tag|6|6", "E-Tag|W/\"7\"|7",
      "etag|W/\"8\"|8"})
  void readsTheVersionFromAWeakQuotedOrBareTagInEitherHeader(String header, String value, String version) {
    assertThat(response(header, value).etagVersion()).contains(version);
  }

  @Test
  void prefersETagToTheImmunisationApisETagSpelling() {
    assertThat(response("E-Tag", "1", "ETag", "W/\"2\"").etagVersion()).contains("2");
  }

  @Test
  void hasNoVersionWithoutEitherHeader() {
    assertThat(response("Content-Type", "application/fhir+json").etagVersion()).isEmpty();
  }
}
