package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ConflictException;
import dev.nhsapi.core.InvalidRequestException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.core.ResourceNotFoundException;
import dev.nhsapi.core.ResponseDecoder;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.UkCore;
import dev.nhsapi.pds.PatientCreateResult;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
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
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;
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
  static final NhsNumber JANE = NhsNumber.of("9000000009");

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
    assertThat(wildcard.matches().get(1).score()).isEqualByComparingTo("0.8343");
    assertThat(nhs.pds().search(smith.family("Sm*").maxResults(1).build()).tooManyMatches()).isTrue();
    assertThat(nhs.pds().search(PatientSearch.builder().family("Smythe").birthDate(BORN).build()).patients())
        .extracting(p -> p.id()).containsExactly("9000000025");
    assertThat(nhs.pds().search(PatientSearch.builder().fuzzy(true).family("Smith").given("Jane").birthDate(BORN)
        .build()).patients()).extracting(p -> p.id()).containsExactly("9000000017");
    PatientSearchResult unknown = nhs.pds().search(PatientSearch.builder().family("Nobody").birthDate(BORN).build());
    assertThat(unknown.outcome()).extracting(o -> o.issues().get(0).code()).isEqualTo("not-supported");
  }

  @Test
  void findsTheFurtherTestPatientsOfNhssSandbox() {
    PatientSearchResult youds = nhs.pds().search(PatientSearch.builder().family("Youds").birthDate(LocalDate.of(1970,
        1, 24)).build());
    assertThat(youds.patients()).extracting(p -> p.id())
        .containsExactly("9693633679", "9693633687", "9693633695", "9693633709");
    assertThat(nhs.pds().search(PatientSearch.builder().family("YOUDS").birthDate(LocalDate.of(1970, 1, 24))
        .maxResults(1).build()).tooManyMatches()).isTrue();
    PatientSearchResult cuff = nhs.pds().search(PatientSearch.builder().family("CUFF")
        .gender(AdministrativeGender.FEMALE).birthDate(LocalDate.of(1926, 1, 7)).build());
    assertThat(cuff.patients()).extracting(p -> p.id()).containsExactly("9732019395");
    assertThat(nhs.pds().search(PatientSearch.builder().family("Massam").birthDate(LocalDate.of(1920, 8, 11))
        .build()).patients()).extracting(p -> p.id()).containsExactly("9693632966");
  }

  @Test
  void findsTheDeadByDateOfDeath() {
    // a birth date range open at one end and a death date alone: raw, until PatientSearch can send them
    String found = nhs.transport().execute(NhsRequest.get(NhsApi.PDS, "/Patient").query("family", "TUNNEY")
        .query("birthdate", "ge1980-01-01").query("death-date", "le2019-02-28").build(),
        ResponseDecoder.ofString()).value();

    assertThat(found).contains("\"id\":\"9733163201\"", "\"deceasedDateTime\":\"2019-02-07T00:00:00+00:00\"",
        "Extension-UKCore-DeathNotificationStatus");
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
  void registeredApplicationsSignWithOne4096BitKeyPerJvm() throws Exception {
    List<byte[]> signatures = new ArrayList<>();
    for (String apiKey : List.of("first-app-key", "second-app-key")) {
      sandbox.registerApplication(apiKey).headers(new dev.nhsapi.core.auth.TokenEndpoint() {
        @Override
        public dev.nhsapi.core.NhsEnvironment environment() {
          return sandbox.environment();
        }

        @Override
        public dev.nhsapi.core.auth.TokenResponse request(java.util.Map<String, String> form) {
          try {
            signatures.add(com.nimbusds.jwt.SignedJWT.parse(form.get("client_assertion")).getSignature().decode());
          } catch (java.text.ParseException e) {
            throw new AssertionError(e);
          }
          return new dev.nhsapi.core.auth.TokenResponse("t", "Bearer", Duration.ofSeconds(599), null, null, null);
        }
      });
    }

    assertThat(signatures).allSatisfy(signature -> assertThat(signature).hasSize(4096 / 8));
    long started = System.nanoTime();
    sandbox.registerApplication("third-app-key");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the pair is made once, not per application")
        .isLessThan(Duration.ofMillis(300));
  }

  @Test
  void registersAnApplicationWithTheJwksItMade() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    String jwks = new JWKSet(new RSAKey.Builder(
        (RSAPublicKey) keys.getPublic()).keyID("own-1").build()).toString();

    sandbox.registerApplication("own-app-key", jwks);
    NhsClient own = NhsClient.builder().environment(sandbox.environment())
        .credentials(SignedJwtCredentials.builder().apiKey("own-app-key").keyId("own-1")
            .privateKey((RSAPrivateKey) keys.getPrivate()).build())
        .build();

    assertThat(own.pds().read(NhsNumber.of("9000000009")).version()).isEqualTo("2");
    assertThatThrownBy(() -> sandbox.registerApplication("own-app-key", "{\"keys\":"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the JWKS is not valid JWKS JSON");
    assertThatThrownBy(() -> sandbox.registerApplication(" ", jwks))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey is blank");
  }

  @Test
  void refusesAnAssertionFromAnUnregisteredApplicationWithThePlatformsMessage() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    NhsClient unknown = NhsClient.builder().environment(sandbox.environment())
        .credentials(SignedJwtCredentials.builder().apiKey("unknown-key").keyId("k1")
            .privateKey((RSAPrivateKey) generator.generateKeyPair().getPrivate()).build())
        .build();

    assertThatThrownBy(() -> unknown.pds().read(NhsNumber.of("9000000009")))
        .isInstanceOfSatisfying(dev.nhsapi.core.AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.details().description()).isEqualTo("Invalid 'iss'/'sub' claims in client_assertion JWT");
          assertThat(e.advice()).isPresent();
        });
  }

  NhsClient healthcareWorker() {
    return NhsClient.builder().environment(sandbox.environment()).credentials(sandbox.signInHealthcareWorker())
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build();
  }

  static Patient newPerson(String family, LocalDate born) {
    return Patient.builder().name(List.of(HumanName.of("usual", family, List.of("Sam"))))
        .gender(AdministrativeGender.FEMALE).birthDate(FhirDate.of(born))
        .address(List.of(Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE")))
        .extension(List.of(UkCore.registeringAuthority("x", "RGS"))).build();
  }

  @Test
  void healthcareWorkerPatchesAndTheNextReadSeesTheNewVersion() {
    NhsClient worker = healthcareWorker();
    PatientRecord jane = worker.pds().read(JANE);

    PatientRecord updated = worker.pds().patch(jane,
        PatientPatch.builder(jane).gender(AdministrativeGender.OTHER).removeTelecom("sbx-tel-1").build());

    assertThat(updated.version()).isEqualTo("3");
    assertThat(updated.patient().gender()).isEqualTo(AdministrativeGender.OTHER);
    PatientRecord reread = worker.pds().read(JANE);
    assertThat(reread.version()).isEqualTo("3");
    assertThat(reread.patient().telecom()).extracting(ContactPoint::id).containsExactly("sbx-tel-2");
    assertThat(sandbox.writesApplied()).isEqualTo(1);
  }

  @Test
  void listsTheRequestIdOfEachAppliedWriteOnceThoughItsAnswerWasLostAndResent() {
    NhsClient worker = healthcareWorker();
    PatientRecord jane = worker.pds().read(JANE);
    PatientPatch patch = PatientPatch.builder(jane).gender(AdministrativeGender.OTHER).build();
    UUID lostAnswer = UUID.randomUUID();

    sandbox.faults().next(PDS, 1, Fault.disconnect());
    worker.pds().patchWithResponse(jane, patch, RequestOptions.builder().requestId(lostAnswer).build());
    assertThatThrownBy(() -> worker.pds().patch(jane, patch)).isInstanceOf(ConflictException.class);
    worker.pds().create(newPerson("Newborn", LocalDate.of(2024, 2, 29)));

    assertThat(sandbox.requests()).filteredOn(r -> lostAnswer.toString().equals(r.header("X-Request-ID")))
        .hasSize(2);
    assertThat(sandbox.appliedWriteRequestIds()).hasSize(sandbox.writesApplied()).hasSize(2)
        .startsWith(lostAnswer.toString()).doesNotHaveDuplicates();
    sandbox.reset();
    assertThat(sandbox.appliedWriteRequestIds()).isEmpty();
  }

  @Test
  void patchOfAStaleRecordIsAConflict() {
    NhsClient worker = healthcareWorker();
    PatientRecord stale = worker.pds().read(JANE);
    worker.pds().patch(stale, PatientPatch.builder(stale).gender(AdministrativeGender.MALE).build());

    assertThatThrownBy(() -> worker.pds().patch(stale,
        PatientPatch.builder(stale).gender(AdministrativeGender.OTHER).build()))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.errorCode()).isEqualTo("RESOURCE_VERSION_MISMATCH"));
    assertThat(worker.pds().read(JANE).patient().gender()).isEqualTo(AdministrativeGender.MALE);
  }

  @Test
  void updateRereadsAndSucceedsAfterAConcurrentChange() {
    NhsClient worker = healthcareWorker();
    AtomicInteger attempts = new AtomicInteger();

    PatientRecord updated = worker.pds().update(JANE, record -> {
      if (attempts.getAndIncrement() == 0) {
        PatientRecord other = worker.pds().read(JANE);
        worker.pds().patch(other, PatientPatch.builder(other).birthDate(FhirDate.of(BORN.plusDays(1))).build());
      }
      return PatientPatch.builder(record).gender(AdministrativeGender.MALE).build();
    }, 3);

    assertThat(attempts).hasValue(2);
    assertThat(updated.version()).isEqualTo("4");
    assertThat(updated.patient().gender()).isEqualTo(AdministrativeGender.MALE);
    assertThat(updated.patient().birthDate()).isEqualTo(FhirDate.of(BORN.plusDays(1)));
  }

  @Test
  void createReportsEachOutcome() {
    NhsClient worker = healthcareWorker();

    PatientCreateResult created = worker.pds().create(newPerson("Newborn", LocalDate.of(2024, 2, 29)));
    assertThat(created).isInstanceOfSatisfying(PatientCreateResult.Created.class, c -> {
      assertThat(c.record().requested()).isEqualTo(NhsNumber.of("9000000041"));
      assertThat(c.record().version()).isEqualTo("1");
    });
    assertThat(worker.pds().read(NhsNumber.of("9000000041")).patient().name().get(0).family()).isEqualTo("Newborn");

    PatientCreateResult matched = worker.pds().create(newPerson("McMatch-Single", BORN).toBuilder()
        .address(List.of(Address.of("home", List.of("1 Example Row"), "BAP 4WG"))).build());
    assertThat(matched).isInstanceOfSatisfying(PatientCreateResult.SingleMatch.class,
        m -> assertThat(m.outcome().nhsCode()).isEqualTo("SINGLE_MATCH"));

    PatientCreateResult several = worker.pds().create(newPerson("McMatch-Multiple", BORN).toBuilder()
        .address(List.of(Address.of("home", List.of("1 Example Row"), "DN19 7UD"))).build());
    assertThat(several).isInstanceOfSatisfying(PatientCreateResult.MultipleMatches.class,
        m -> assertThat(m.outcome().nhsCode()).isEqualTo("MULTIPLE_MATCHES"));
    assertThat(worker.pds().create(newPerson("Smith", BORN))).isInstanceOf(PatientCreateResult.Created.class);
    assertThat(sandbox.writesApplied()).isEqualTo(2);
  }

  @Test
  void healthcareWorkerCredentialsFetchAFreshTokenAfterARefusal() {
    UserTokenCredentials credentials = sandbox.signInHealthcareWorker();
    Headers first = credentials.headers(null);

    assertThat(credentials.headers(null)).isEqualTo(first);
    assertThat(credentials.refreshAfterUnauthorized(first)).isTrue();
    Headers fresh = credentials.headers(null);
    assertThat(fresh.get("Authorization")).startsWith("Bearer ").isNotEqualTo(first.get("Authorization"));
    NhsClient worker = NhsClient.builder().environment(sandbox.environment())
        .credentials(UserTokenCredentials.of(() -> fresh.get("Authorization").substring("Bearer ".length())))
        .build();
    PatientRecord jane = worker.pds().read(JANE);
    assertThat(worker.pds().patch(jane, PatientPatch.builder(jane).gender(AdministrativeGender.MALE).build())
        .version()).isEqualTo("3");
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
    assertThatThrownBy(() -> signedJwt.pds().read(NhsNumber.of("9000000009"))).isInstanceOf(NhsApiException.class);
    assertThat(sandbox.tokensIssued()).isEqualTo(tokenRequests() - 1);

    sandbox.clearRequests();
    long issued = sandbox.tokensIssued();
    sandbox.faults().next("/oauth2/token", 1, Fault.disconnect());
    NhsClient another = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.registerApplication("another-app")).build();
    assertThatThrownBy(() -> another.pds().read(NhsNumber.of("9000000009"))).isInstanceOf(NhsApiException.class);
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
