package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NhsSandboxTest {
  static final String PDS = "/personal-demographics/";
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

  @Test
  void readsSucceedThroughServiceUnavailableResendingTheSameRequestId() {
    sandbox.faults().next(PDS, 2, Fault.serviceUnavailable(Duration.ofSeconds(1)));

    assertThat(nhs.pds().read(NhsNumber.of("9000000009")).version()).isEqualTo("2");
    assertThat(sandbox.requests()).hasSize(3).extracting(r -> r.header("X-Request-ID")).containsOnly(
        sandbox.requests().get(0).header("X-Request-ID")).doesNotContainNull();
  }

  @Test
  void readsSucceedThroughTooManyRequestsResendingTheSameRequestId() {
    sandbox.faults().next(PDS, 2, Fault.tooManyRequests());

    assertThat(nhs.pds().read(NhsNumber.of("9000000009")).version()).isEqualTo("2");
    assertThat(sandbox.requests()).hasSize(3).extracting(r -> r.header("X-Request-ID")).containsOnly(
        sandbox.requests().get(0).header("X-Request-ID")).doesNotContainNull();
  }

  @Test
  void fetchesANewTokenOnceTheTokenExpires() throws Exception {
    try (NhsSandbox shortLived = NhsSandbox.builder().tokenLifetime(Duration.ofSeconds(2)).start()) {
      NhsClient signedJwt = NhsClient.builder().environment(shortLived.environment())
          .credentials(shortLived.registerApplication("short-lived-app")).build();

      signedJwt.pds().read(NhsNumber.of("9000000009"));
      long issuedAt = System.nanoTime();
      String firstToken = shortLived.requests().get(shortLived.requests().size() - 1).header("Authorization");
      assertThat(shortLived.tokensIssued()).isEqualTo(1);
      Thread.sleep(Math.max(0, Duration.ofMillis(2100).minusNanos(System.nanoTime() - issuedAt).toMillis()));

      try (Response expired = new OkHttpClient().newCall(new Request.Builder()
          .url(shortLived.baseUrl() + "personal-demographics/FHIR/R4/Patient/9000000009")
          .header("X-Request-ID", UUID.randomUUID().toString()).header("Authorization", firstToken).build())
          .execute()) {
        assertThat(expired.code()).isEqualTo(401);
      }
      assertThat(signedJwt.pds().read(NhsNumber.of("9000000009")).version()).isEqualTo("2");
      assertThat(shortLived.tokensIssued()).isEqualTo(2);
    }
  }

  @Test
  void statusFaultsLeaveRequestsUnprocessedWhileDisconnectsProcessThem() {
    NhsClient signedJwt = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.registerApplication("faulted-app")).build();

    sandbox.faults().next("/oauth2/token", 1, Fault.serverError());
    catchThrowable(() -> signedJwt.pds().read(NhsNumber.of("9000000009")));
    assertThat(sandbox.tokensIssued()).isEqualTo(tokenRequests() - 1);

    sandbox.clearRequests();
    long issued = sandbox.tokensIssued();
    sandbox.faults().next("/oauth2/token", 1, Fault.disconnect());
    NhsClient another = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.registerApplication("another-app")).build();
    catchThrowable(() -> another.pds().read(NhsNumber.of("9000000009")));
    assertThat(sandbox.tokensIssued() - issued).isEqualTo(tokenRequests()).isPositive();
  }

  @Test
  void recordsTheRequestsItReceivesWithoutPrintingThem() throws Exception {
    OkHttpClient raw = new OkHttpClient();
    Request post = new Request.Builder().url(sandbox.baseUrl() + "personal-demographics/FHIR/R4/Patient?x=1")
        .header("X-Request-ID", UUID.randomUUID().toString()).header("Authorization", "Bearer secret-token")
        .post(RequestBody.create("{\"family\":\"Secret\"}", MediaType.get("application/fhir+json"))).build();
    raw.newCall(post).execute().close();

    assertThat(sandbox.requests()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.target()).isEqualTo("/personal-demographics/FHIR/R4/Patient?x=1");
      assertThat(r.header("Authorization")).isEqualTo("Bearer secret-token");
      assertThat(r.body()).isEqualTo("{\"family\":\"Secret\"}");
      assertThat(r.toString()).doesNotContain("secret", "Secret", "Patient", "x=1");
    });
    sandbox.clearRequests();
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void refusesOversizedBodiesAndKeepsServing() throws Exception {
    OkHttpClient raw = new OkHttpClient();
    byte[] huge = new byte[2 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    Request post = new Request.Builder().url(sandbox.baseUrl() + "personal-demographics/FHIR/R4/Patient")
        .header("X-Request-ID", UUID.randomUUID().toString())
        .post(RequestBody.create(huge, MediaType.get("application/fhir+json"))).build();

    try (Response refused = raw.newCall(post).execute()) {
      assertThat(refused.code()).isEqualTo(413);
      assertThat(refused.body().string()).contains("\"code\":\"INVALID_VALUE\"");
    }
    assertThat(sandbox.requests()).singleElement().satisfies(r -> assertThat(r.body()).hasSizeLessThan(huge.length));
    assertThat(nhs.pds().read(NhsNumber.of("9000000009")).version()).isEqualTo("2");
  }

  @Test
  void builderRejectsBadSettings() {
    assertThatThrownBy(() -> NhsSandbox.builder().tokenLifetime(Duration.ofMillis(999)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NhsSandbox.builder().port(65536)).isInstanceOf(IllegalArgumentException.class);
  }

  private long tokenRequests() {
    return sandbox.requests().stream().filter(r -> r.target().equals("/oauth2/token")).count();
  }
}
