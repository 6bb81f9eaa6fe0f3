package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.PatientRecord;
import dev.nhsapi.PatientSearch;
import dev.nhsapi.PatientSearchResult;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NhsSandboxTest {
  static final LocalDate BORN = LocalDate.of(2010, 10, 22);

  final NhsSandbox sandbox = NhsSandbox.start();
  final NhsClient nhs = NhsClient.builder().environment(sandbox.environment())
      .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void servesThePublishedSandboxPatients() {
    PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));

    assertThat(jane.patient().name().get(0).family()).isEqualTo("Smith");
    assertThat(jane.patient().birthDate().value()).isEqualTo("2010-10-22");
    assertThat(jane.patient().generalPractitionerOdsCode()).contains(OdsCode.of("Y12345"));
    assertThat(jane.version()).isEqualTo("2");
    assertThat(jane.restricted()).isFalse();
    assertThat(nhs.pds().read(NhsNumber.of("9000000025")).restricted()).isTrue();
    assertThat(nhs.pds().read(NhsNumber.of("9000000025")).patient().address()).isEmpty();
    assertThat(nhs.pds().read(NhsNumber.of("9000000033")).patient().telecom()).isEmpty();
  }

  @Test
  void answersTheDocumentedErrors() {
    assertThatThrownBy(() -> nhs.pds().read(NhsNumber.of("9111231130")))
        .isInstanceOfSatisfying(ResourceNotFoundException.class,
            e -> assertThat(e.errorCode()).isEqualTo("RESOURCE_NOT_FOUND"));
    assertThatThrownBy(() -> nhs.transport().execute(
        NhsRequest.get(NhsApi.PDS, "/Patient/{id}", "9000000000").build(), ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errorCode()).isEqualTo("INVALID_RESOURCE_ID"));
  }

  @Test
  void runsTheDocumentedSearchScenarios() {
    PatientSearch.Builder smith = PatientSearch.builder().gender(AdministrativeGender.FEMALE).birthDate(BORN);

    assertThat(nhs.pds().search(smith.family("Smith").build()).patients())
        .extracting(p -> p.id()).containsExactly("9000000009");
    PatientSearchResult wildcard = nhs.pds().search(smith.family("Sm*").build());
    assertThat(wildcard.matches()).hasSize(2);
    assertThat(wildcard.matches().get(1).score()).isEqualByComparingTo("0.8976");
    assertThat(nhs.pds().search(smith.family("Sm*").maxResults(1).build()).tooManyMatches()).isTrue();
    assertThat(nhs.pds().search(PatientSearch.builder().family("Smythe").birthDate(BORN).build()).patients())
        .extracting(p -> p.id()).containsExactly("9000000025");
    assertThat(nhs.pds().search(PatientSearch.builder().fuzzy(true).family("Smith").given("Jane").birthDate(BORN)
        .build()).patients()).extracting(p -> p.id()).containsExactly("9000000017");
    PatientSearchResult unknown = nhs.pds().search(PatientSearch.builder().family("Nobody").birthDate(BORN).build());
    assertThat(unknown.outcome()).hasValueSatisfying(o -> assertThat(o.issues().get(0).code())
        .isEqualTo("not-supported"));
  }

  @Test
  void servesRelatedPeople() {
    assertThat(nhs.pds().relatedPersons(NhsNumber.of("9000000009"))).hasSize(2);
    assertThat(nhs.pds().relatedPersons(NhsNumber.of("9000000033"))).isEmpty();
  }

  @Test
  void requiresAUuidRequestIdAndMirrorsTheIds() throws Exception {
    OkHttpClient raw = new OkHttpClient();
    String url = sandbox.baseUrl() + "personal-demographics/FHIR/R4/Patient/9000000009";

    try (Response missing = raw.newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(missing.code()).isEqualTo(400);
      assertThat(missing.body().string()).contains("MISSING_VALUE", "X-Request-ID header must be supplied");
    }
    try (Response invalid = raw.newCall(new Request.Builder().url(url).header("X-Request-ID", "1234").build())
        .execute()) {
      assertThat(invalid.code()).isEqualTo(400);
      assertThat(invalid.body().string()).contains("INVALID_VALUE", "Invalid value - '1234' in header 'X-Request-ID'");
    }
    String id = "60E0B220-8136-4CA5-AE46-1D97EF59D068";
    try (Response ok = raw.newCall(new Request.Builder().url(url).header("X-Request-ID", id)
        .header("X-Correlation-ID", "trace-1").build()).execute()) {
      assertThat(ok.code()).isEqualTo(200);
      assertThat(ok.header("X-Request-ID")).isEqualTo(id);
      assertThat(ok.header("X-Correlation-ID")).isEqualTo("trace-1");
    }
  }

  @Test
  void servesManyClientsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> reads = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        reads.add(pool.submit(() -> nhs.pds().read(NhsNumber.of("9000000009")).version()));
      }
      for (Future<String> read : reads) {
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("2");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void issuesTokensToRegisteredApplicationsAndRefusesOthers() {
    java.util.List<String> tokenCalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    NhsClient signedJwt = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.registerApplication("sandbox-app-key"))
        .transport(t -> t.rateLimit(RateLimitOptions.disabled()).eventListener(new dev.nhsapi.core.NhsEventListener() {
          @Override
          public void callStarted(dev.nhsapi.core.CallInfo call) {
            if (call.api().equals(NhsApi.OAUTH)) {
              tokenCalls.add(call.pathTemplate());
            }
          }
        }))
        .build();

    for (int i = 0; i < 3; i++) {
      assertThat(signedJwt.pds().read(NhsNumber.of("9000000009")).version()).isEqualTo("2");
    }
    assertThat(tokenCalls).containsExactly("/token");

    NhsClient forged = NhsClient.builder().environment(sandbox.environment())
        .credentials(dev.nhsapi.core.auth.UserTokenCredentials.of(() -> "not-a-sandbox-token"))
        .build();
    assertThatThrownBy(() -> forged.pds().read(NhsNumber.of("9000000009")))
        .isInstanceOfSatisfying(dev.nhsapi.core.AuthenticationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ACCESS_DENIED"));
  }

  @Test
  void refusesAnAssertionFromAnUnregisteredApplicationWithThePlatformsMessage() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    NhsClient unknown = NhsClient.builder().environment(sandbox.environment())
        .credentials(dev.nhsapi.core.auth.SignedJwtCredentials.builder().apiKey("unknown-key").keyId("k1")
            .privateKey((java.security.interfaces.RSAPrivateKey) generator.generateKeyPair().getPrivate()).build())
        .build();

    assertThatThrownBy(() -> unknown.pds().read(NhsNumber.of("9000000009")))
        .isInstanceOfSatisfying(dev.nhsapi.core.AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.details().description()).isEqualTo("Invalid 'iss'/'sub' claims in client_assertion JWT");
          assertThat(e.advice()).isPresent();
        });
  }
}
