package dev.nhsapi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.ForbiddenException;
import dev.nhsapi.core.NhsApi;
import dev.nhsapi.core.NhsRequest;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.ResponseDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jspecify.annotations.Nullable;

/** PDS writes in the sandbox over plain HTTP, one rule at a time. */
class PdsSandboxTest {
  static final MediaType JSON_PATCH = MediaType.get("application/json-patch+json");
  static final MediaType JSON = MediaType.get("application/json");
  static final String JANE = "9000000009";
  static final String GENDER_MALE = "{\"patches\":[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]}";
  static final String NEWBORN = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Newborn\",\"given\":[\"Baby\"]}],"
      + "\"gender\":\"female\",\"birthDate\":\"2024-02-29\"}";

  final NhsSandbox sandbox = NhsSandbox.start();
  final OkHttpClient http = new OkHttpClient();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  record Answer(int status, @Nullable String etag, String body) {}

  Request.Builder request(String path) {
    return new Request.Builder().url(sandbox.baseUrl() + "personal-demographics/FHIR/R4/Patient" + path)
        .header("X-Request-ID", UUID.randomUUID().toString());
  }

  Request.Builder patch(String id, String ifMatch, String body) {
    return request("/" + id).header("If-Match", ifMatch).patch(RequestBody.create(body, JSON_PATCH));
  }

  Request.Builder create(String body) {
    return request("").post(RequestBody.create(body, JSON));
  }

  Answer send(Request.Builder request) throws IOException {
    try (Response response = http.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.header("ETag"), response.body().string());
    }
  }

  Answer read(String id) throws IOException {
    return send(request("/" + id));
  }

  static String patches(String... operations) {
    return "{\"patches\":[" + String.join(",", operations) + "]}";
  }

  @Test
  void patchAppliesAndTheNextReadSeesTheNewVersion() throws IOException {
    Answer patched = send(patch(JANE, "W/\"2\"", GENDER_MALE));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.etag()).isEqualTo("W/\"3\"");
    assertThat(patched.body()).contains("\"versionId\":\"3\"", "\"gender\":\"male\"");
    Answer read = read(JANE);
    assertThat(read.etag()).isEqualTo("W/\"3\"");
    assertThat(read.body()).contains("\"gender\":\"male\"");
    assertThat(sandbox.writesApplied()).isEqualTo(1);
  }

  @Test
  void removesAListItemRightAfterATestOfIt() throws IOException {
    Answer byId = send(patch(JANE, "W/\"2\"", patches(
        "{\"op\":\"test\",\"path\":\"/telecom/1/id\",\"value\":\"sbx-tel-2\"}",
        "{\"op\":\"remove\",\"path\":\"/telecom/1\"}")));
    Answer byValue = send(patch(JANE, "W/\"3\"", patches(
        "{\"op\":\"test\",\"path\":\"/telecom/0\",\"value\":{\"id\":\"sbx-tel-1\",\"period\":{\"start\":\"2020-01-01\"},"
            + "\"system\":\"phone\",\"value\":\"01632 960587\",\"use\":\"home\"}}",
        "{\"op\":\"remove\",\"path\":\"/telecom/0\"}")));

    assertThat(byId.status()).isEqualTo(200);
    assertThat(byValue.status()).isEqualTo(200);
    assertThat(read(JANE).body()).contains("\"telecom\":[]");
  }

  @Test
  void aChangeInsideAListItemNeedsTheItemsIdInTheSameRequest() throws IOException {
    String postcode = "{\"op\":\"replace\",\"path\":\"/address/0/postalCode\",\"value\":\"LS2 7AB\"}";

    Answer unnamed = send(patch(JANE, "W/\"2\"", patches(postcode)));
    // the shape of the spec's update-address example: the item's id replaced by itself names the item
    Answer named = send(patch(JANE, "W/\"2\"", patches(
        "{\"op\":\"replace\",\"path\":\"/address/0/id\",\"value\":\"sbx-addr-1\"}", postcode)));

    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.body()).contains("INVALID_UPDATE", "no id or url found for path with root /address/0");
    assertThat(named.status()).isEqualTo(200);
    assertThat(named.body()).contains("LS2 7AB");
  }

  @Test
  void forbidsRemovingTheUsualNameOrTheBirthDateAndAddingASecondUsualName() throws IOException {
    Answer name = send(patch(JANE, "W/\"2\"", patches(
        "{\"op\":\"test\",\"path\":\"/name/0/id\",\"value\":\"sbx-name-1\"}",
        "{\"op\":\"remove\",\"path\":\"/name/0\"}")));
    Answer birthDate = send(patch(JANE, "W/\"2\"", patches("{\"op\":\"remove\",\"path\":\"/birthDate\"}")));
    Answer secondUsual = send(patch(JANE, "W/\"2\"", patches(
        "{\"op\":\"add\",\"path\":\"/name/-\",\"value\":{\"use\":\"usual\",\"family\":\"Jones\"}}")));

    for (Answer forbidden : List.of(name, birthDate, secondUsual)) {
      assertThat(forbidden.status()).isEqualTo(403);
      assertThat(forbidden.body()).contains("FORBIDDEN_UPDATE");
    }
    assertThat(name.body()).contains("not permitted to remove usual name");
    assertThat(birthDate.body()).contains("not permitted to remove 'birthDate'");
    assertThat(read(JANE).etag()).isEqualTo("W/\"2\"");
  }

  @Test
  void namesAddedByAPatchGetAnId() throws IOException {
    Answer added = send(patch(JANE, "W/\"2\"", patches(
        "{\"op\":\"add\",\"path\":\"/name/-\",\"value\":{\"use\":\"nickname\",\"given\":[\"Janey\"]}}")));

    assertThat(added.status()).isEqualTo(200);
    assertThat(added.body()).containsPattern("\\{\"use\":\"nickname\",\"given\":\\[\"Janey\"\\],\"id\":\"[0-9A-F-]{8}\"\\}");
  }

  static Stream<Arguments> refusedPatches() {
    String testName = "{\"op\":\"test\",\"path\":\"/name/0/id\",\"value\":\"sbx-name-1\"}";
    String removeName = "{\"op\":\"remove\",\"path\":\"/name/0\"}";
    return Stream.of(
        Arguments.of("invalid NHS number", "9000000000", "W/\"2\"", GENDER_MALE, 400, "INVALID_RESOURCE_ID"),
        Arguments.of("unknown patient", "9111231130", "W/\"2\"", GENDER_MALE, 404, "RESOURCE_NOT_FOUND"),
        Arguments.of("no If-Match", JANE, null, GENDER_MALE, 412, "PRECONDITION_FAILED"),
        Arguments.of("strong If-Match", JANE, "\"2\"", GENDER_MALE, 412, "PRECONDITION_FAILED"),
        Arguments.of("stale version", JANE, "W/\"1\"", GENDER_MALE, 409, "RESOURCE_VERSION_MISMATCH"),
        Arguments.of("stale version before a bad body", JANE, "W/\"1\"", "[]", 409, "RESOURCE_VERSION_MISMATCH"),
        Arguments.of("not JSON", JANE, "W/\"2\"", "patches", 400, "INVALID_UPDATE"),
        Arguments.of("bare RFC 6902 array", JANE, "W/\"2\"",
            "[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}]", 400, "INVALID_UPDATE"),
        Arguments.of("unknown op", JANE, "W/\"2\"",
            patches("{\"op\":\"move\",\"from\":\"/gender\",\"path\":\"/x\"}"), 400, "INVALID_VALUE"),
        Arguments.of("op without path", JANE, "W/\"2\"", patches("{\"op\":\"remove\"}"), 400, "INVALID_UPDATE"),
        Arguments.of("no patches", JANE, "W/\"2\"", patches(), 400, "INVALID_UPDATE"),
        Arguments.of("remove without test", JANE, "W/\"2\"", patches(removeName), 400, "INVALID_UPDATE"),
        Arguments.of("remove after a test of another item", JANE, "W/\"2\"",
            patches("{\"op\":\"test\",\"path\":\"/telecom/0/id\",\"value\":\"sbx-tel-1\"}", removeName), 400,
            "INVALID_UPDATE"),
        Arguments.of("test not immediately before remove", JANE, "W/\"2\"",
            patches(testName, "{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}", removeName), 400,
            "INVALID_UPDATE"),
        Arguments.of("remove rule before forbidden paths", JANE, "W/\"2\"",
            patches("{\"op\":\"replace\",\"path\":\"/id\",\"value\":\"9000000017\"}", removeName), 400,
            "INVALID_UPDATE"),
        Arguments.of("change id", JANE, "W/\"2\"",
            patches("{\"op\":\"replace\",\"path\":\"/id\",\"value\":\"9000000017\"}"), 403, "FORBIDDEN_UPDATE"),
        Arguments.of("change meta", JANE, "W/\"2\"",
            patches("{\"op\":\"replace\",\"path\":\"/meta/versionId\",\"value\":\"9\"}"), 403, "FORBIDDEN_UPDATE"),
        Arguments.of("remove resourceType", JANE, "W/\"2\"",
            patches("{\"op\":\"remove\",\"path\":\"/resourceType\"}"), 403, "FORBIDDEN_UPDATE"),
        Arguments.of("failed test", JANE, "W/\"2\"",
            patches("{\"op\":\"test\",\"path\":\"/name/0/id\",\"value\":\"other\"}", removeName), 400,
            "INVALID_UPDATE"),
        Arguments.of("path that does not exist", JANE, "W/\"2\"",
            patches("{\"op\":\"replace\",\"path\":\"/name/7/family\",\"value\":\"Jones\"}"), 400, "INVALID_UPDATE"),
        Arguments.of("result is no Patient", JANE, "W/\"2\"",
            patches("{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Jane\"}"), 400, "INVALID_UPDATE"),
        Arguments.of("second op fails after a valid first", JANE, "W/\"2\"",
            patches("{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"}",
                "{\"op\":\"test\",\"path\":\"/birthDate\",\"value\":\"1999-01-01\"}"), 400, "INVALID_UPDATE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedPatches")
  void refusesPatchesByThePlatformsRulesAndAppliesNothing(
      String rule, String id, @Nullable String ifMatch, String body, int status, String code) throws IOException {
    Request.Builder request = patch(id, "W/\"2\"", body);
    if (ifMatch == null) {
      request.removeHeader("If-Match");
    } else {
      request.header("If-Match", ifMatch);
    }

    Answer refused = send(request);

    assertThat(refused.status()).as(rule).isEqualTo(status);
    assertThat(refused.body()).contains("\"code\":\"" + code + "\"").doesNotContain(JANE);
    Answer jane = read(JANE);
    assertThat(jane.etag()).isEqualTo("W/\"2\"");
    assertThat(jane.body()).contains("\"gender\":\"female\"", "sbx-name-1");
    assertThat(sandbox.writesApplied()).isZero();
  }

  @Test
  void refusesAPatchThatIsNotJsonPatchContent() throws IOException {
    Answer refused = send(patch(JANE, "W/\"2\"", GENDER_MALE).patch(RequestBody.create(GENDER_MALE, JSON)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("UNSUPPORTED_SERVICE");
    assertThat(read(JANE).etag()).isEqualTo("W/\"2\"");
  }

  @Test
  void answersARepeatedRequestIdWithTheFirstAnswerAndAppliesItOnce() throws IOException {
    Request.Builder write = patch(JANE, "W/\"2\"", GENDER_MALE);

    Answer first = send(write);
    Answer again = send(write);

    assertThat(again).isEqualTo(first);
    assertThat(first.status()).isEqualTo(200);
    assertThat(sandbox.writesApplied()).isEqualTo(1);
    assertThat(read(JANE).etag()).isEqualTo("W/\"3\"");
    assertThat(send(patch(JANE, "W/\"3\"", GENDER_MALE)).status()).isEqualTo(200);
    assertThat(sandbox.writesApplied()).isEqualTo(2);
  }

  @Test
  void repeatsARefusalForItsRequestIdEvenWhenTheResendIsValid() throws IOException {
    Request.Builder write = patch(JANE, "W/\"1\"", GENDER_MALE);
    assertThat(send(write).status()).isEqualTo(409);

    Answer resent = send(write.header("If-Match", "W/\"2\""));

    assertThat(resent.status()).isEqualTo(409);
    assertThat(sandbox.writesApplied()).isZero();
  }

  @Test
  void concurrentPatchesFromOneVersionLetOneWinEachVersion() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String gender = i % 2 == 0 ? "male" : "other";
        Callable<Integer> writer = () -> {
          start.await();
          String version = read(JANE).etag();
          return send(patch(JANE, version, patches(
              "{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"" + gender + "\"}"))).status();
        };
        statuses.add(pool.submit(writer));
      }
      start.countDown();
      int successes = 0;
      for (Future<Integer> status : statuses) {
        int code = status.get(30, TimeUnit.SECONDS);
        assertThat(code).isIn(200, 409);
        successes += code == 200 ? 1 : 0;
      }

      assertThat(successes).isPositive();
      assertThat(read(JANE).etag()).isEqualTo("W/\"" + (2 + successes) + "\"");
      assertThat(sandbox.writesApplied()).isEqualTo(successes);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void createAllocatesTheNextValidUnusedNhsNumber() throws IOException {
    Answer created = send(create(NEWBORN));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.etag()).isEqualTo("W/\"1\"");
    assertThat(created.body()).contains("\"id\":\"9000000041\"", "\"versionId\":\"1\"", "\"code\":\"U\"",
        "{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9000000041\"}");
    Answer read = read("9000000041");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.etag()).isEqualTo("W/\"1\"");
    assertThat(read.body()).contains("Newborn");
    // 900000005 has no valid check digit, so the next number is 9000000068
    Answer second = send(create(NEWBORN.replace("Newborn", "Another")).header("Content-Type",
        "application/fhir+json"));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.body()).contains("\"id\":\"9000000068\"");
    assertThat(sandbox.writesApplied()).isEqualTo(2);
  }

  @Test
  void createAnswersTheSpecsMatchExamplesWithTheirOutcomesAndCreatesNothing() throws IOException {
    // The bodies of specification/components/examples/requests/PatientCreate/ (NHSDigital/
    // personal-demographics-service-api) are told apart by family name and postcode.
    Answer single = send(create(NEWBORN.replace("Newborn", "McMatch-Single").replace("\"gender\"",
        "\"address\":[{\"postalCode\":\"BAP 4WG\"}],\"gender\"")));
    Answer several = send(create(NEWBORN.replace("Newborn", "McMatch-Multiple").replace("\"gender\"",
        "\"address\":[{\"postalCode\":\"DN19 7UD\"}],\"gender\"")));
    Answer elsewhere = send(create(NEWBORN.replace("Newborn", "McMatch-Single")));

    assertThat(single.status()).isEqualTo(200);
    assertThat(single.etag()).isNull();
    assertThat(single.body()).contains("\"resourceType\":\"OperationOutcome\"", "\"code\":\"SINGLE_MATCH\"",
        "NHS number 5900054586 found");
    assertThat(several.status()).isEqualTo(200);
    assertThat(several.body()).contains("\"resourceType\":\"OperationOutcome\"", "\"code\":\"MULTIPLE_MATCHES\"");
    assertThat(elsewhere.status()).isEqualTo(201);
    assertThat(sandbox.writesApplied()).isEqualTo(1);
  }

  @Test
  void createOfAnExistingPatientsDemographicsStillCreates() throws IOException {
    Answer twin = send(create(NEWBORN.replace("Newborn", "Smith").replace("2024-02-29", "2010-10-22")));

    assertThat(twin.status()).isEqualTo(201);
    assertThat(twin.body()).contains("\"id\":\"9000000041\"");
  }

  static Stream<Arguments> refusedCreates() {
    return Stream.of(
        Arguments.of("text/plain", NEWBORN, 400, "UNSUPPORTED_SERVICE"),
        Arguments.of("application/json-patch+json", NEWBORN, 400, "UNSUPPORTED_SERVICE"),
        Arguments.of("application/json", "{\"resourceType\":", 400, "INVALID_CREATE"),
        Arguments.of("application/json", "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}", 400,
            "INVALID_CREATE"),
        Arguments.of("application/json", NEWBORN.replace("{\"resourceType\":\"Patient\",",
            "{\"resourceType\":\"Patient\",\"id\":\"9000000041\","), 400, "INVALID_CREATE"),
        Arguments.of("application/json", "", 400, "MISSING_VALUE"),
        Arguments.of("application/json", "{}", 400, "MISSING_VALUE"),
        Arguments.of("application/json", NEWBORN.replace("\"gender\":\"female\",", ""), 400, "MISSING_VALUE"),
        Arguments.of("application/json", NEWBORN.replace(",\"birthDate\":\"2024-02-29\"", ""), 400,
            "MISSING_VALUE"),
        Arguments.of("application/json", NEWBORN.replace("\"family\":\"Newborn\",", ""), 400, "MISSING_VALUE"),
        Arguments.of("application/json", NEWBORN.replace("female", "other"), 400, "INVALID_VALUE"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("refusedCreates")
  void refusesCreatesByThePlatformsRulesAndCreatesNothing(String contentType, String body, int status, String code)
      throws IOException {
    Answer refused = send(request("").post(RequestBody.create(body, MediaType.get(contentType))));

    assertThat(refused.status()).isEqualTo(status);
    assertThat(refused.body()).contains("\"code\":\"" + code + "\"");
    assertThat(read("9000000041").status()).isEqualTo(404);
    assertThat(sandbox.writesApplied()).isZero();
  }

  @Test
  void resetRestoresThePublishedDataAndForgetsWrites() throws IOException {
    Request.Builder write = patch(JANE, "W/\"2\"", GENDER_MALE);
    send(write);
    send(create(NEWBORN));

    sandbox.reset();

    assertThat(read(JANE).etag()).isEqualTo("W/\"2\"");
    assertThat(read(JANE).body()).contains("\"gender\":\"female\"");
    assertThat(read("9000000041").status()).isEqualTo(404);
    assertThat(sandbox.writesApplied()).isZero();
    assertThat(send(write).status()).isEqualTo(200);
    assertThat(send(create(NEWBORN)).body()).contains("\"id\":\"9000000041\"");
    assertThat(sandbox.writesApplied()).isEqualTo(2);
  }

  @Test
  void refusesWritesAndWideSearchesWithApplicationRestrictedAccess() {
    NhsClient app = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.registerApplication("sandbox-app-key"))
        .transport(t -> t.rateLimit(RateLimitOptions.disabled())).build();
    NhsRequest patch = NhsRequest.builder(NhsApi.PDS, "PATCH", "/Patient/{id}", JANE).header("If-Match", "W/\"2\"")
        .body(GENDER_MALE, "application/json-patch+json").build();
    NhsRequest create = NhsRequest.builder(NhsApi.PDS, "POST", "/Patient").body(NEWBORN, "application/json").build();
    NhsRequest wideSearch = NhsRequest.get(NhsApi.PDS, "/Patient").query("family", "Smith")
        .query("birthdate", "eq2010-10-22").query("_max-results", "2").build();

    for (NhsRequest write : List.of(patch, create)) {
      assertThatThrownBy(() -> app.transport().execute(write, ResponseDecoder.ofString()))
          .isInstanceOfSatisfying(ForbiddenException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("INVALID_METHOD");
            assertThat(e.operationOutcome().issues().get(0).diagnostics())
                .isEqualTo("Cannot update resource with application-restricted access token");
          });
    }
    assertThatThrownBy(() -> app.transport().execute(wideSearch, ResponseDecoder.ofString()))
        .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_VALUE"));
    NhsRequest defaultSearch = NhsRequest.get(NhsApi.PDS, "/Patient").query("family", "Sm*")
        .query("gender", "female").query("birthdate", "eq2010-10-22").build();
    assertThat(app.transport().execute(defaultSearch, ResponseDecoder.ofString()).value())
        .contains("TOO_MANY_MATCHES");
    assertThat(sandbox.writesApplied()).isZero();
  }
}
