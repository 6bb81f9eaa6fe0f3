package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsRequestTest {
  private static final String NHS_NUMBER = "9434765919";

  @Test
  void keepsApiMethodTemplateAndValues() {
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER).build();

    assertThat(request.api()).isEqualTo(NhsApi.PDS);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.pathTemplate()).isEqualTo("/Patient/{id}");
    assertThat(request.pathValues()).containsExactly(NHS_NUMBER);
    assertThat(request.body()).isNull();
    assertThat(request.mediaType()).isNull();
  }

  @Test
  void convertsPathValuesToStrings() {
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}/_history/{vid}", NHS_NUMBER, 2).build();

    assertThat(request.pathValues()).containsExactly(NHS_NUMBER, "2");
  }

  @Test
  void acceptsEmptyTemplateWithoutValues() {
    NhsRequest request = NhsRequest.get(NhsApi.HELLO_WORLD, "").build();

    assertThat(request.pathTemplate()).isEmpty();
    assertThat(request.pathValues()).isEmpty();
  }

  @Test
  void upperCasesTheMethod() {
    assertThat(NhsRequest.builder(NhsApi.PDS, "patch", "/Patient/{id}", NHS_NUMBER).build().method())
        .isEqualTo("PATCH");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GE T", "P4TCH", "G\u00c9T", "GET\n"})
  void refusesMethodsThatAreNotAsciiLetters(String method) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsRequest.builder(NhsApi.PDS, method, "/Patient"))
        .withMessage("method must be letters only");
  }

  @Test
  void fillsEveryWholeSegmentPlaceholder() {
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}/_history/{vid}", NHS_NUMBER, "2").build();

    assertThat(request.pathValues()).containsExactly(NHS_NUMBER, "2");
  }

  @Test
  void refusesFewerValuesThanPlaceholders() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient/{id}/_history/{vid}", NHS_NUMBER));
  }

  @Test
  void refusesMoreValuesThanPlaceholders() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER, "1"));
  }

  @Test
  void refusesValuesForTemplateWithoutPlaceholders() {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient", NHS_NUMBER));
  }

  @Test
  void refusesMissingValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient/{id}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/Patient/x{id}", "/Patient/{id}x", "/Patient/{a}{b}", "/Patient/{id", "/Patient/{}", "/{id}.json"})
  void refusesPlaceholdersThatDoNotFillASegment(String template) {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsRequest.get(NhsApi.PDS, template, NHS_NUMBER))
        .withMessageContaining("whole path segment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/Patient?family=Smith", "/Patient/{id}?x", "/Patient#top", "/Patient//{id}", "//Patient"})
  void refusesQueryFragmentOrEmptySegmentInTemplate(String template) {
    Object[] values = template.contains("{id}") ? new Object[] {NHS_NUMBER} : new Object[0];

    assertThatIllegalArgumentException().isThrownBy(() -> NhsRequest.get(NhsApi.PDS, template, values));
  }

  @Test
  void refusesTemplateWithoutLeadingSlash() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "Patient/{id}", NHS_NUMBER));
  }

  @Test
  void refusesEmptyPathValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient/{id}", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void refusesDotSegmentsAsPathValuesBecauseTheyWouldClimbOutOfTheTemplate(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient/{id}/Consent", value));
  }

  @Test
  void refusesNullPathValue() {
    assertThatNullPointerException()
        .isThrownBy(() -> NhsRequest.get(NhsApi.PDS, "/Patient/{id}", (Object) null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GE T", "PATCH1", "GET\r\n", "M-SEARCH", "GÉT", "PUT/"})
  void refusesMethodThatIsNotLetters(String method) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsRequest.builder(NhsApi.PDS, method, "/Patient/{id}", NHS_NUMBER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "get", "head"})
  void readsAreIdempotentByDefault(String method) {
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, method, "/Patient/{id}", NHS_NUMBER).build();

    assertThat(request.idempotent()).isTrue();
  }

  @Test
  void readsStayIdempotentWhenMarkedOtherwise() {
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER).idempotent(false).build();

    assertThat(request.idempotent()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH", "PUT", "DELETE"})
  void writesAreNotIdempotentByDefault(String method) {
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, method, "/Patient").build();

    assertThat(request.idempotent()).isFalse();
  }

  @Test
  void postIsIdempotentWhenMarked() {
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient")
        .body("{}", "application/fhir+json")
        .idempotent(true)
        .build();

    assertThat(request.idempotent()).isTrue();
  }

  @Test
  void bodyReturnsACopy() {
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient").body("{}", "application/fhir+json")
        .build();

    byte[] body = request.body();
    body[0] = 'X';

    assertThat(request.body()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bodyCopiesTheCallersArray() {
    byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient").body(content, "application/fhir+json")
        .build();

    content[0] = 'X';

    assertThat(request.body()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void textBodyIsUtf8AndMediaTypeIsKeptExactly() {
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, "PATCH", "/Patient/{id}", NHS_NUMBER)
        .body("[\"Zoë\"]", "application/json-patch+json")
        .build();

    assertThat(request.body()).isEqualTo("[\"Zoë\"]".getBytes(StandardCharsets.UTF_8));
    assertThat(request.mediaType()).isEqualTo("application/json-patch+json");
  }

  @Test
  void refusesInvalidMediaType() {
    NhsRequest.Builder builder = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient");

    assertThatIllegalArgumentException().isThrownBy(() -> builder.body("{}", "not a media type"));
  }

  @Test
  void keepsRepeatedQueryParametersInOrder() {
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient")
        .query("given", "Jane")
        .query("given", "Mary")
        .query("family", "Smith")
        .build();

    assertThat(request.query()).containsExactly(
        Map.entry("given", "Jane"), Map.entry("given", "Mary"), Map.entry("family", "Smith"));
  }

  @Test
  void refusesEmptyQueryParameterName() {
    NhsRequest.Builder builder = NhsRequest.get(NhsApi.PDS, "/Patient");

    assertThatIllegalArgumentException().isThrownBy(() -> builder.query("", "Smith"));
  }

  @Test
  void refusesIllegalHeader() {
    NhsRequest.Builder builder = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER);

    assertThatIllegalArgumentException().isThrownBy(() -> builder.header("If-Match", "W/\"1\"\r\nsecret"))
        .withMessage("header If-Match has an illegal value: only visible ASCII characters, spaces and tabs are allowed");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.header("Bad Name", "1"))
        .withMessage("a header name must be 1 or more visible ASCII characters, no separators");
  }

  /** Issue 17 finding 7: two Authorization headers were sent, and Host and apikey went through. */
  @ParameterizedTest
  @ValueSource(strings = {"Host", "Authorization", "apikey", "X-Request-ID", "X-Correlation-ID", "User-Agent",
      "Content-Type", "Content-Length"})
  void refusesHeadersTheTransportSets(String name) {
    NhsRequest.Builder builder = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER);

    assertThatIllegalArgumentException().isThrownBy(() -> builder.header(name, "Bearer secret"))
        .withMessageStartingWith("header " + name + " is reserved: the transport sets it on every call")
        .withMessageNotContaining("secret");
    assertThat(builder.build().headers()).isEmpty();
  }

  @Test
  void letsAnOperationSetItsOwnHeaders() {
    NhsRequest request = NhsRequest.get(NhsApi.PDS, "/Patient/{id}", NHS_NUMBER)
        .header("Accept", "application/fhir+json").header("If-Match", "W/\"1\"").build();

    assertThat(request.headers()).containsOnlyKeys("Accept", "If-Match");
  }

  @Test
  void builtRequestDoesNotChangeWhenBuilderIsReused() {
    NhsRequest.Builder builder = NhsRequest.get(NhsApi.PDS, "/Patient").query("family", "Smith");
    NhsRequest first = builder.build();

    builder.query("given", "Jane").header("Accept", "application/fhir+json");

    assertThat(first.query()).containsExactly(Map.entry("family", "Smith"));
    assertThat(first.headers()).isEmpty();
  }

  @Test
  void toStringShowsTemplateButNoValuesQueryOrBody() {
    NhsRequest request = NhsRequest.builder(NhsApi.PDS, "PATCH", "/Patient/{id}", NHS_NUMBER)
        .query("family", "Smith")
        .header("If-Match", "W/\"7\"")
        .body("[{\"op\":\"replace\",\"path\":\"/name/0/given/0\",\"value\":\"Bartholomew\"}]",
            "application/json-patch+json")
        .build();

    assertThat(request.toString())
        .isEqualTo("NhsRequest[PATCH pds /Patient/{id}]")
        .doesNotContain(NHS_NUMBER, "Smith", "Bartholomew", "W/");
  }
}
