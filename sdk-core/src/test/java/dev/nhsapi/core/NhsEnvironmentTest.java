package dev.nhsapi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsEnvironmentTest {
  @Test
  void sandboxHasItsPublicHostAndTokenUrl() {
    assertThat(NhsEnvironment.SANDBOX.baseUrl()).hasToString("https://sandbox.api.service.nhs.uk/");
    assertThat(NhsEnvironment.SANDBOX.tokenUrl()).hasToString("https://sandbox.api.service.nhs.uk/oauth2/token");
    assertThat(NhsEnvironment.SANDBOX.name()).isEqualTo("sandbox");
  }

  @Test
  void integrationHasItsPublicHostAndTokenUrl() {
    assertThat(NhsEnvironment.INTEGRATION.baseUrl()).hasToString("https://int.api.service.nhs.uk/");
    assertThat(NhsEnvironment.INTEGRATION.tokenUrl()).hasToString("https://int.api.service.nhs.uk/oauth2/token");
    assertThat(NhsEnvironment.INTEGRATION.name()).isEqualTo("int");
  }

  @Test
  void productionHasItsPublicHostAndTokenUrl() {
    assertThat(NhsEnvironment.PRODUCTION.baseUrl()).hasToString("https://api.service.nhs.uk/");
    assertThat(NhsEnvironment.PRODUCTION.tokenUrl()).hasToString("https://api.service.nhs.uk/oauth2/token");
    assertThat(NhsEnvironment.PRODUCTION.name()).isEqualTo("prod");
  }

  @Test
  void apiUrlAppendsTheApiBasePathWithoutTrailingSlash() {
    assertThat(NhsEnvironment.SANDBOX.apiUrl(NhsApi.PDS))
        .hasToString("https://sandbox.api.service.nhs.uk/personal-demographics/FHIR/R4");
    assertThat(NhsEnvironment.INTEGRATION.apiUrl(NhsApi.PDS))
        .hasToString("https://int.api.service.nhs.uk/personal-demographics/FHIR/R4");
    assertThat(NhsEnvironment.PRODUCTION.apiUrl(NhsApi.PDS))
        .hasToString("https://api.service.nhs.uk/personal-demographics/FHIR/R4");
  }

  @Test
  void apiUrlRefusesNullApi() {
    assertThatNullPointerException().isThrownBy(() -> NhsEnvironment.INTEGRATION.apiUrl(null));
  }

  @Test
  void onlyProductionIsProduction() {
    assertThat(NhsEnvironment.PRODUCTION.isProduction()).isTrue();
    assertThat(NhsEnvironment.INTEGRATION.isProduction()).isFalse();
    assertThat(NhsEnvironment.SANDBOX.isProduction()).isFalse();
    assertThat(NhsEnvironment.custom(URI.create("https://proxy.example/")).isProduction()).isFalse();
  }

  @Test
  void customPointingAtTheProductionHostIsNotProduction() {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create("https://api.service.nhs.uk"));

    assertThat(environment.isProduction()).isFalse();
    assertThat(environment.name()).isEqualTo("custom");
    assertThat(environment).isNotEqualTo(NhsEnvironment.PRODUCTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://proxy.example",
      "https://proxy.example/",
      "https://10.0.0.1:8443/",
      "HTTPS://proxy.example/",
      "https://localhost.example.org/"})
  void customAcceptsHttpsToAnyHost(String url) {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create(url));

    assertThat(environment.baseUrl().getScheme()).isEqualTo("https");
    assertThat(environment.baseUrl().getPath()).endsWith("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://localhost:8080",
      "http://LOCALHOST:8080/",
      "http://127.0.0.1:8080/",
      "http://[::1]:8080/"})
  void customAcceptsPlainHttpToLoopback(String url) {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create(url));

    assertThat(environment.baseUrl().getScheme()).isEqualTo("http");
    assertThat(environment.tokenUrl().getPort()).isEqualTo(8080);
  }

  @Test
  void customOnLoopbackWithoutPathGetsTrailingSlash() {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create("http://127.0.0.1:9000"));

    assertThat(environment.baseUrl()).hasToString("http://127.0.0.1:9000/");
    assertThat(environment.tokenUrl()).hasToString("http://127.0.0.1:9000/oauth2/token");
    assertThat(environment.apiUrl(NhsApi.PDS)).hasToString("http://127.0.0.1:9000/personal-demographics/FHIR/R4");
  }

  @Test
  void customOnIpv6LoopbackBuildsBracketedUrls() {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create("http://[::1]:9000/"));

    assertThat(environment.tokenUrl()).hasToString("http://[::1]:9000/oauth2/token");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://example.org",
      "http://example.org/",
      "http://10.0.0.1/",
      "http://192.168.1.10:8080/",
      "http://localhost.example.org/",
      "http://127.0.0.1.nip.io/",
      "http://[2001:db8::1]/"})
  void refusesPlainHttpToNonLoopbackHost(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NhsEnvironment.custom(URI.create(url)))
        .withMessageContaining("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nhs", "proxy.example/nhs", "//proxy.example/nhs"})
  void refusesRelativeUri(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsEnvironment.custom(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://proxy.example/", "ws://localhost/", "file:///tmp/nhs", "mailto:nhs@example.org"})
  void refusesSchemesOtherThanHttpAndHttps(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsEnvironment.custom(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://proxy.example/?key=value",
      "https://proxy.example/nhs?",
      "https://proxy.example/#fragment",
      "https://proxy.example/nhs#",
      "https://user:secret@proxy.example/",
      "https://user@proxy.example/",
      "http://user@localhost:8080/"})
  void refusesQueryFragmentAndUserInfo(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsEnvironment.custom(URI.create(url)));
  }

  @Test
  void customRefusesNull() {
    assertThatNullPointerException().isThrownBy(() -> NhsEnvironment.custom(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://proxy.example/nhs", "https://proxy.example/nhs/"})
  void customKeepsPathPrefixInTokenAndApiUrls(String url) {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create(url));

    assertThat(environment.baseUrl()).hasToString("https://proxy.example/nhs/");
    assertThat(environment.tokenUrl()).hasToString("https://proxy.example/nhs/oauth2/token");
    assertThat(environment.apiUrl(NhsApi.PDS)).hasToString("https://proxy.example/nhs/personal-demographics/FHIR/R4");
  }

  @Test
  void customEnvironmentsWithTheSameUrlAreEqual() {
    NhsEnvironment first = NhsEnvironment.custom(URI.create("https://proxy.example/nhs"));
    NhsEnvironment second = NhsEnvironment.custom(URI.create("https://proxy.example/nhs/"));

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first).isNotEqualTo(NhsEnvironment.custom(URI.create("https://proxy.example/other")));
  }

  @Test
  void toBuilderOverridesOneApiAndKeepsEveryOtherUrl() {
    NhsEnvironment environment = NhsEnvironment.custom(URI.create("http://127.0.0.1:9000/")).toBuilder()
        .apiUrl(NhsApi.PDS, URI.create("http://127.0.0.1:9000/pds/FHIR/R4/"))
        .build();

    assertThat(environment.apiUrl(NhsApi.PDS)).hasToString("http://127.0.0.1:9000/pds/FHIR/R4");
    assertThat(environment.apiUrl(NhsApi.ODS))
        .hasToString("http://127.0.0.1:9000/organisation-data-terminology-api/fhir");
    assertThat(environment.tokenUrl()).hasToString("http://127.0.0.1:9000/oauth2/token");
    assertThat(environment.baseUrl()).hasToString("http://127.0.0.1:9000/");
    assertThat(environment.name()).isEqualTo("custom");
  }

  @Test
  void overridesEveryApiIncludingOnesTheSdkHasNoConstantFor() {
    NhsApi prescriptions = NhsApi.of("eps", "/electronic-prescriptions/FHIR/R4");
    NhsEnvironment.Builder builder = NhsEnvironment.SANDBOX.toBuilder();
    for (NhsApi api : List.of(NhsApi.PDS, NhsApi.IMMUNISATION, NhsApi.RECORD_LOCATOR, NhsApi.ODS,
        NhsApi.WEBSITE_CONTENT, NhsApi.HELLO_WORLD, prescriptions)) {
      builder.apiUrl(api, URI.create("https://gateway.example/" + api.name()));
    }
    NhsEnvironment environment = builder.build();

    for (NhsApi api : List.of(NhsApi.PDS, NhsApi.IMMUNISATION, NhsApi.RECORD_LOCATOR, NhsApi.ODS,
        NhsApi.WEBSITE_CONTENT, NhsApi.HELLO_WORLD, prescriptions)) {
      assertThat(environment.apiUrl(api)).hasToString("https://gateway.example/" + api.name());
    }
    assertThat(environment.name()).isEqualTo("sandbox");
    assertThat(environment.tokenUrl()).hasToString("https://sandbox.api.service.nhs.uk/oauth2/token");
  }

  @Test
  void tokenUrlOverrideIsKeptExactlyAndOauthOverrideMovesTheDefault() {
    NhsEnvironment exact = NhsEnvironment.INTEGRATION.toBuilder()
        .tokenUrl(URI.create("https://gateway.example/auth/v2/issue-token"))
        .build();
    NhsEnvironment moved = NhsEnvironment.INTEGRATION.toBuilder()
        .apiUrl(NhsApi.OAUTH, URI.create("https://gateway.example/oauth"))
        .build();

    assertThat(exact.tokenUrl()).hasToString("https://gateway.example/auth/v2/issue-token");
    assertThat(exact.apiUrl(NhsApi.PDS)).isEqualTo(NhsEnvironment.INTEGRATION.apiUrl(NhsApi.PDS));
    assertThat(moved.tokenUrl()).hasToString("https://gateway.example/oauth/token");
  }

  @Test
  void aProductionVariantIsStillProduction() {
    NhsEnvironment environment = NhsEnvironment.PRODUCTION.toBuilder()
        .apiUrl(NhsApi.PDS, URI.create("https://proxy.example/pds"))
        .build();

    assertThat(environment.isProduction()).isTrue();
    assertThat(environment.name()).isEqualTo("prod");
    assertThat(environment).isNotEqualTo(NhsEnvironment.PRODUCTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://example.org/pds",
      "http://10.0.0.1/pds",
      "/pds",
      "ftp://proxy.example/pds",
      "https://proxy.example/pds?key=value",
      "https://proxy.example/pds#top",
      "https://user@proxy.example/pds"})
  void overridesFollowTheBaseUrlsRules(String url) {
    NhsEnvironment.Builder builder = NhsEnvironment.SANDBOX.toBuilder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.apiUrl(NhsApi.PDS, URI.create(url)));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.tokenUrl(URI.create(url)));
  }

  @Test
  void overridesAcceptPlainHttpToLoopbackAndRefuseNulls() {
    NhsEnvironment.Builder builder = NhsEnvironment.SANDBOX.toBuilder();

    assertThat(builder.tokenUrl(URI.create("http://[::1]:9000/token")).build().tokenUrl())
        .hasToString("http://[::1]:9000/token");
    assertThatNullPointerException().isThrownBy(() -> builder.apiUrl(null, URI.create("https://a.example/")))
        .withMessage("api == null");
    assertThatNullPointerException().isThrownBy(() -> builder.apiUrl(NhsApi.PDS, null))
        .withMessage("apiUrl == null");
    assertThatNullPointerException().isThrownBy(() -> builder.tokenUrl(null)).withMessage("tokenUrl == null");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.tokenUrl(URI.create("https://a.example/token/")))
        .withMessage("tokenUrl must name the endpoint, so its path must not end in /");
  }

  @Test
  void environmentsWithTheSameOverridesAreEqualAndSayWhereEachApiGoes() {
    NhsEnvironment first = NhsEnvironment.SANDBOX.toBuilder()
        .apiUrl(NhsApi.PDS, URI.create("https://proxy.example/pds"))
        .tokenUrl(URI.create("https://proxy.example/token"))
        .build();
    NhsEnvironment second = NhsEnvironment.SANDBOX.toBuilder()
        .apiUrl(NhsApi.PDS, URI.create("https://proxy.example/pds/"))
        .tokenUrl(URI.create("https://proxy.example/token"))
        .build();

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotEqualTo(NhsEnvironment.SANDBOX);
    assertThat(first.toBuilder().build()).isEqualTo(first);
    assertThat(first).hasToString("NhsEnvironment[sandbox https://sandbox.api.service.nhs.uk/ "
        + "pds=https://proxy.example/pds token=https://proxy.example/token]");
  }
}
