package dev.nhsapi.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.CircuitBreakerOptions;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.RateLimitOptions;
import dev.nhsapi.core.RetryOptions;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import dev.nhsapi.testsupport.NoDelayServerSocketFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutated Patient, Bundle and OperationOutcome documents, and hostile response headers, to the decoder
 * and through the whole client. The SDK must only ever return a typed result or throw {@link NhsApiException},
 * with a one-line message that repeats no patient data, and must never hang. Every case is seeded: a failure
 * names the case, and {@code new Random(SEED + case)} replays it.
 */
class HostileResponseFuzzTest {
  private static final long SEED = 0x5EED_F022L;
  private static final int DECODE_CASES = 10_000;
  private static final int CLIENT_CASES = 1_500;
  /** Far above any deadline the client is given: reaching it means a hang. */
  private static final long CASE_TIMEOUT_SECONDS = 30;
  private static final int MAX_MESSAGE_LENGTH = 2_000;
  private static final long MAX_RESPONSE_BYTES = 256 * 1024;
  private static final NhsNumber REQUESTED = NhsNumber.of("9000000009");
  /** A JSON number, or a run of digits in a string: none that decodes may be longer than the codec's limit. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.eE+-]*+");

  private static final int[] STATUSES = {
    201, 204, 299, 301, 304, 400, 401, 403, 404, 408, 409, 410, 412, 422, 429, 500, 502, 503, 504, 599
  };
  private static final String[] CONTENT_TYPES = {
    "application/fhir+json", "application/json", "text/html", "application/fhir+json; charset=utf-16",
    "application/fhir+json; charset=nonsense", ";;;", "", "application/\u00e9"
  };
  private static final String[] ETAGS = {
    "W/\"3\"", "W/\"\"", "W/\"", "\"", "W/", "", "\"7\"", "W/\"-1\"", "W/\"\u00e9\u0000\"", "W/\"3\", W/\"4\"",
    "W/\"" + "9".repeat(100_000) + "\"", "W/\"" + "x".repeat(300_000) + "\""
  };
  private static final String[] RETRY_AFTERS = {
    "0", "-1", "1.5", "abc", "99999999999999999999999", "9223372036854775807", "Wed, 21 Oct 2015 07:28:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 32 Foo 2020 99:99:99 GMT", " ", "\u00e9", "1".repeat(10_000)
  };

  @StartStop final MockWebServer server = withoutNagle(new MockWebServer());
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fuzz-case");
    thread.setDaemon(true);
    return thread;
  });

  private static MockWebServer withoutNagle(MockWebServer server) {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    return server;
  }

  @AfterEach
  void stopWorker() {
    worker.shutdownNow();
  }

  /** Counts outcomes by type, and keeps the first few violations in full. */
  private static final class Tally {
    final Map<String, Integer> outcomes = new TreeMap<>();
    final Map<String, Integer> mutations = new TreeMap<>();
    final List<String> violations = new ArrayList<>();
    int cases;

    void count(String outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }

    void violation(int index, List<JsonMutator.Kind> kinds, String what) {
      count("VIOLATION");
      if (violations.size() < 20) {
        violations.add("case " + index + " " + kinds + ": " + what);
      }
    }

    String line(String name) {
      return name + ": " + cases + " cases, seed " + Long.toHexString(SEED) + ", outcomes " + outcomes
          + ", mutations " + mutations;
    }
  }

  private static List<String> seedDocuments() {
    return Stream.concat(
            Stream.of(Fixtures.PATIENT_FULL, Fixtures.PATIENT_MINIMAL, Fixtures.PATIENT_RESTRICTED,
                Fixtures.SEARCH_BUNDLE, Fixtures.RELATED_PERSON_BUNDLE),
            Fixtures.outcomes().stream())
        .map(Fixtures::read)
        .toList();
  }

  @Test
  void decodingHostileBodiesGivesAResourceOrNhsDecodeException() {
    List<String> documents = seedDocuments();
    JsonMutator mutator = new JsonMutator(1_000_000);
    Tally tally = new Tally();
    for (int i = 0; i < DECODE_CASES; i++) {
      Random random = new Random(SEED + i);
      JsonMutator.Mutant mutant = mutator.mutate(documents.get(random.nextInt(documents.size())), random);
      tally.cases++;
      mutant.kinds().forEach(kind -> tally.mutations.merge(kind.name(), 1, Integer::sum));
      decodeCase(tally, i, mutant, "text", () -> FhirJson.decode(new String(mutant.bytes(), UTF_8)));
      decodeCase(tally, i, mutant, "bytes",
          () -> FhirJson.responseDecoder(Resource.class).decode(ResponseBody.create(mutant.bytes(), null)));
    }
    System.out.println(tally.line("FhirJson.decode fuzz"));
    assertThat(tally.violations).isEmpty();
    assertThat(tally.outcomes).containsKeys("text decoded", "text NhsDecodeException", "bytes NhsDecodeException");
  }

  private void decodeCase(Tally tally, int index, JsonMutator.Mutant mutant, String path, Callable<Resource> decode) {
    String outcome = runCase(tally, index, mutant.kinds(), () -> {
      try {
        Resource resource = decode.call();
        // what decodes must print, encode and decode again to the same type
        assertThat(resource.toString()).isNotEmpty();
        String encoded = FhirJson.encode(resource);
        Resource again = FhirJson.decode(encoded);
        if (!again.resourceType().equals(resource.resourceType())) {
          throw new AssertionError("re-decoded as " + again.resourceType());
        }
        Matcher number = NUMBER.matcher(encoded);
        while (number.find()) {
          if (number.group().length() > JsonMutator.NUMBER_LIMIT) {
            throw new AssertionError("decoded a number of " + number.group().length() + " characters");
          }
        }
        return "decoded";
      } catch (NhsDecodeException e) {
        return checkedMessage(e);
      }
    });
    if (outcome != null) {
      tally.count(path + " " + outcome);
    }
  }

  @Test
  void hostileResponsesThroughTheClientGiveATypedResultOrNhsApiException() {
    List<String> documents = seedDocuments();
    JsonMutator mutator = new JsonMutator((int) (2 * MAX_RESPONSE_BYTES));
    AtomicReference<MockResponse> next = new AtomicReference<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return next.get();
      }
    });
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.custom(server.url("/").uri()))
        .transport(t -> t.retry(new RetryOptions(2, Duration.ofMillis(1), Duration.ofMillis(2)))
            .circuitBreaker(CircuitBreakerOptions.disabled())
            .rateLimit(RateLimitOptions.disabled())
            .callTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(2))
            .maxResponseBytes(MAX_RESPONSE_BYTES))
        .build();
    PatientSearch search = PatientSearch.builder().family("Smith").birthDate(LocalDate.of(2010, 10, 22)).build();
    Tally tally = new Tally();
    for (int i = 0; i < CLIENT_CASES; i++) {
      Random random = new Random(SEED + DECODE_CASES + i);
      String document = documents.get(random.nextInt(documents.size()));
      JsonMutator.Mutant mutant = random.nextInt(3) == 0
          ? new JsonMutator.Mutant(document.getBytes(UTF_8), List.of())
          : mutator.mutate(document, random);
      next.set(hostileResponse(mutant.bytes(), random));
      tally.cases++;
      mutant.kinds().forEach(kind -> tally.mutations.merge(kind.name(), 1, Integer::sum));
      int call = random.nextInt(10);
      String outcome = runCase(tally, i, mutant.kinds(), () -> {
        try {
          if (call < 5) {
            PatientRecord record = nhs.pds().read(REQUESTED);
            assertThat(record.toString()).isNotEmpty();
            return "read ok";
          } else if (call < 8) {
            PatientSearchResult result = nhs.pds().search(search);
            assertThat(result.toString()).isNotEmpty();
            return "search ok";
          }
          nhs.pds().relatedPersons(REQUESTED).forEach(person -> assertThat(person.toString()).isNotEmpty());
          return "relatedPersons ok";
        } catch (NhsApiException e) {
          return checkedMessage(e);
        }
      });
      if (outcome != null) {
        tally.count(outcome);
      }
    }
    System.out.println(tally.line("NhsClient PDS fuzz"));
    assertThat(tally.violations).isEmpty();
    assertThat(tally.outcomes).containsKeys("read ok", "search ok", "NhsDecodeException",
        "ServiceUnavailableException");
  }

  /** A status, a body and headers from the hostile sets, each header present or not at random. */
  private static MockResponse hostileResponse(byte[] body, Random random) {
    int status = random.nextInt(5) < 3 ? 200 : STATUSES[random.nextInt(STATUSES.length)];
    MockResponse.Builder response = new MockResponse.Builder().code(status).body(new Buffer().write(body));
    if (random.nextBoolean()) {
      response.addHeaderLenient("Content-Type", CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
    }
    if (random.nextBoolean()) {
      response.addHeaderLenient("ETag", ETAGS[random.nextInt(ETAGS.length)]);
    }
    if (random.nextInt(3) == 0) {
      response.addHeaderLenient("Retry-After", RETRY_AFTERS[random.nextInt(RETRY_AFTERS.length)]);
    }
    if (random.nextBoolean()) {
      response.addHeaderLenient("X-Request-ID", random.nextBoolean() ? "not-the-request-id" : "");
    }
    if (status / 100 == 2 && random.nextInt(20) == 0) {
      response.setHeader("Content-Length", "99999999999"); // more than the cap: refused before reading
    }
    return response.build();
  }

  /**
   * Runs one case on the worker under {@link #CASE_TIMEOUT_SECONDS}, recording a violation if it throws
   * anything or hangs.
   *
   * @return the case's outcome, or null after a violation
   */
  private String runCase(Tally tally, int index, List<JsonMutator.Kind> kinds, Callable<String> body) {
    Future<String> future = worker.submit(body);
    try {
      return future.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      tally.violation(index, kinds, "no answer within " + CASE_TIMEOUT_SECONDS + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      StackTraceElement[] stack = cause.getStackTrace();
      tally.violation(index, kinds, cause.getClass().getName() + ": " + cause.getMessage()
          + (stack.length > 0 ? " at " + stack[0] : ""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return null;
  }

  /**
   * Checks an {@link NhsApiException}'s message: one line, bounded, no patient data from the fixtures.
   *
   * @return the exception's simple class name
   * @throws AssertionError if the message breaks a rule
   */
  private static String checkedMessage(NhsApiException e) {
    String message = e.getMessage();
    if (message == null || message.contains("\n") || message.contains("\r")
        || message.length() > MAX_MESSAGE_LENGTH) {
      throw new AssertionError(e.getClass().getSimpleName() + " message is not one bounded line: "
          + (message == null ? null : message.length() + " chars"), e);
    }
    for (String value : Fixtures.PATIENT_VALUES) {
      if (message.contains(value)) {
        throw new AssertionError(e.getClass().getSimpleName() + " message repeats patient data", e);
      }
    }
    return e.getClass().getSimpleName();
  }
}
