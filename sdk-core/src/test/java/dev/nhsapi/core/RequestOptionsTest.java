package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {
  private static final UUID REQUEST_ID = UUID.fromString("60e8a1f3-9a4c-4c32-8d1e-2b1c4e0f8a77");

  @Test
  void defaultsSetNothing() {
    RequestOptions options = RequestOptions.defaults();

    assertThat(options.correlationId()).isNull();
    assertThat(options.requestId()).isNull();
    assertThat(options.timeout()).isNull();
    assertThat(options.headers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Authorization", "authorization", "AUTHORIZATION",
      "apikey", "ApiKey", "APIKEY",
      "X-Request-ID", "x-request-id", "X-REQUEST-ID",
      "X-Correlation-ID", "x-correlation-id",
      "Content-Type", "content-type",
      "Content-Length", "Transfer-Encoding", "Host", "Connection", "User-Agent"})
  void refusesHeadersTheTransportOwnsWhateverTheirCase(String name) {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.header(name, "value"))
        .withMessage("header " + name + " is reserved: the transport sets it on every call"
            + " (credentials, X-Request-ID and correlation ids have their own settings)");
    assertThat(builder.build().headers()).isEmpty();
  }

  /** Issue 16 defect 6: a per-call header silently replaced the If-Match or Accept an operation set. */
  @ParameterizedTest
  @ValueSource(strings = {"If-Match", "if-match", "Accept", "E-Tag", "X-Sync-Wait", "Prefer"})
  void refusesHeadersAnOperationSets(String name) {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.header(name, "W/\"3\""))
        .withMessageStartingWith("header " + name + " is reserved: an operation sets it")
        .withMessageNotContaining("W/");
    assertThat(builder.build().headers()).isEmpty();
  }

  @Test
  void acceptsOtherHeaders() {
    RequestOptions options = RequestOptions.builder()
        .header("NHSD-Session-URID", "555254242106")
        .header("X-Trace-Tag", "29")
        .build();

    assertThat(options.headers())
        .containsExactlyInAnyOrderEntriesOf(Map.of("NHSD-Session-URID", "555254242106", "X-Trace-Tag", "29"));
  }

  @Test
  void laterHeaderReplacesEarlierOneOfTheSameName() {
    RequestOptions options = RequestOptions.builder()
        .header("X-Trace-Tag", "10")
        .header("X-Trace-Tag", "29")
        .build();

    assertThat(options.headers()).containsExactly(Map.entry("X-Trace-Tag", "29"));
  }

  @Test
  void refusesHeaderValueWithLineBreak() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.header("X-Trace-Tag", "29\r\nX-Evil: 1"))
        .withMessage("header X-Trace-Tag has an illegal value: only visible ASCII characters, spaces and tabs are"
            + " allowed");
  }

  /** Issue 17 finding 7: OkHttp's message quotes the rejected value, which may be a credential or patient data. */
  @Test
  void aRejectedHeaderValueIsNotRepeated() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.header("NHSD-Session-URID", "Ottoline Quillfeather \u00e9 555254242106"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Quillfeather", "555254242106"));
  }

  @Test
  void refusesIllegalHeaderName() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.header("Bad Name", "1"));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.header("", "1"));
  }

  @Test
  void acceptsUuidCorrelationId() {
    String id = "0f6b1a3e-4c0a-4a55-9a8e-ad3e2e3f5b11";

    assertThat(RequestOptions.builder().correlationId(id).build().correlationId()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"trace.1", "a.b", ".", "abc\n", "abc\r", "line\nbreak", "", " ", "\t"})
  void refusesCorrelationIdWithDotLineBreakOrBlank(String id) {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.correlationId(id));
  }

  @Test
  void refusesNullCorrelationIdAndRequestId() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatNullPointerException().isThrownBy(() -> builder.correlationId(null));
    assertThatNullPointerException().isThrownBy(() -> builder.requestId(null));
  }

  @Test
  void refusesZeroTimeout() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ZERO));
  }

  @Test
  void refusesNegativeTimeout() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofMillis(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofNanos(-1)));
  }

  @Test
  void acceptsTinyPositiveTimeout() {
    assertThat(RequestOptions.builder().timeout(Duration.ofNanos(1)).build().timeout()).isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void toBuilderRoundTripsEverySetting() {
    RequestOptions original = RequestOptions.builder()
        .correlationId("corr-1")
        .requestId(REQUEST_ID)
        .timeout(Duration.ofSeconds(5))
        .header("NHSD-Session-URID", "555254242106")
        .build();

    RequestOptions copy = original.toBuilder().build();

    assertThat(copy.correlationId()).isEqualTo("corr-1");
    assertThat(copy.requestId()).isEqualTo(REQUEST_ID);
    assertThat(copy.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.headers()).containsExactly(Map.entry("NHSD-Session-URID", "555254242106"));
  }

  @Test
  void toBuilderChangesDoNotAffectTheOriginal() {
    RequestOptions original = RequestOptions.builder().header("X-Trace-Tag", "10").build();

    RequestOptions changed = original.toBuilder()
        .header("X-Trace-Tag", "29")
        .correlationId("corr-2")
        .timeout(Duration.ofSeconds(1))
        .build();

    assertThat(changed.headers()).containsExactly(Map.entry("X-Trace-Tag", "29"));
    assertThat(original.headers()).containsExactly(Map.entry("X-Trace-Tag", "10"));
    assertThat(original.correlationId()).isNull();
    assertThat(original.timeout()).isNull();
  }

  @Test
  void headersAreUnmodifiable() {
    Map<String, String> headers = RequestOptions.builder().header("X-Trace-Tag", "29").build().headers();

    assertThatThrownBy(() -> headers.put("X-Other", "1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsHeaderNamesButNotValues() {
    RequestOptions options = RequestOptions.builder()
        .header("NHSD-Session-URID", "555254242106")
        .header("X-Custom-Secret", "hunter2-value")
        .build();

    assertThat(options.toString())
        .contains("NHSD-Session-URID", "X-Custom-Secret")
        .doesNotContain("555254242106", "hunter2-value");
  }
}
