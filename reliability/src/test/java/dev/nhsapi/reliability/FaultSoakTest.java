package dev.nhsapi.reliability;

import static dev.nhsapi.reliability.Soak.DEADLINE;
import static dev.nhsapi.reliability.Soak.PDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.RequestOptions;
import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.FhirDate;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.UkCore;
import dev.nhsapi.pds.PatientCreateResult;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.testing.Fault;
import dev.nhsapi.testing.NhsSandbox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SDK with its default retry policy and circuit breaker against the sandbox's fault mix ({@link
 * Soak#platformFaults()}): reads that return the right patient or a typed failure and leak nothing, and writes
 * that are never applied twice and never lost. Tagged {@code soak}: minutes long, so CI runs it on one JDK only.
 */
@Tag("soak")
class FaultSoakTest {
  static final int THREADS = 8;
  static final List<NhsNumber> SANDBOX_PATIENTS = List.of(
      NhsNumber.of("9000000009"), NhsNumber.of("9000000017"), NhsNumber.of("9000000025"), NhsNumber.of("9000000033"));
  /**
   * Threads that may outlive the soak: OkHttp's shared task pool ({@code OkHttp TaskRunner}, named after its task
   * while it runs one, such as {@code OkHttp ConnectionPool connection closer}) and Okio's timeout thread
   * ({@code Okio Watchdog}), process-wide daemons that OkHttp starts once and that end after 60 s idle.
   */
  static final Predicate<Thread> POOL_THREAD =
      t -> t.getName().startsWith("OkHttp ") || t.getName().equals("Okio Watchdog");

  @Test
  void tenThousandReadsFromEightThreadsEachReturnTheRightPatientOrATypedFailureAndLeakNothing() throws Exception {
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
    long descriptorsBefore = Soak.openDescriptors();
    long started = System.nanoTime();
    Soak.Tally reads = new Soak.Tally();
    Map<Fault.Kind, Integer> faults;
    // The SDK has no close(): a client lives as long as the application. It takes an OkHttpClient to share, so
    // the test lends it one and empties its pool afterwards, as an application shutting down would.
    OkHttpClient http = new OkHttpClient();
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      NhsClient nhs = Soak.client(sandbox, sandbox.registerApplication("soak-reads"), t -> t.httpClient(http));
      sandbox.faults().random(PDS, 20261127L, Soak.platformFaults());
      Soak.onThreads(THREADS, 10_000, i -> {
        NhsNumber asked = SANDBOX_PATIENTS.get(i % SANDBOX_PATIENTS.size());
        PatientRecord record = reads.call(() -> nhs.pds().read(asked)).value();
        if (record != null) {
          assertThat(record.patient().id()).as("the patient asked for").isEqualTo(asked.value());
          assertThat(record.requested()).isEqualTo(asked);
        }
      });
      faults = sandbox.faults().injected();
    }
    http.connectionPool().evictAll();
    http.dispatcher().executorService().shutdown();
    List<String> threadsLeft = awaitNewThreads(threadsBefore);
    long poolThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !threadsBefore.contains(t) && POOL_THREAD.test(t)).count();
    long descriptorsLeft = awaitDescriptors(descriptorsBefore);

    System.out.println("SOAK reads: " + reads + " faults " + faults + " threads left " + threadsLeft
        + " (and " + poolThreads + " of OkHttp's and Okio's pools) descriptors " + descriptorsBefore + " before, " + descriptorsLeft + " after wall="
        + Soak.secondsSince(started) + "s");
    assertThat(reads.calls()).isEqualTo(10_000);
    assertThat(reads.succeeded()).as("reads that succeed with the default retry policy").isGreaterThanOrEqualTo(9_900);
    assertThat(reads.slowest()).as("every call ends within its deadline").isLessThan(DEADLINE.plusSeconds(5));
    assertThat(faults).as("every kind of fault was met").containsOnlyKeys(Fault.Kind.SERVICE_UNAVAILABLE,
        Fault.Kind.TOO_MANY_REQUESTS, Fault.Kind.DISCONNECT, Fault.Kind.TRUNCATED_BODY, Fault.Kind.LATENCY);
    assertThat(threadsLeft).as("threads started during the soak and still alive, beyond OkHttp's idle pool")
        .isEmpty();
    assertThat(poolThreads).as("OkHttp and Okio pool threads started during the soak").isLessThanOrEqualTo(4);
    if (descriptorsBefore >= 0) {
      assertThat(descriptorsLeft).as("open file descriptors").isLessThanOrEqualTo(descriptorsBefore + 8);
    }
  }

  @Test
  void aThousandPatchesUnderFaultsAreEachAppliedOnceOrAccountedForAndNeverTwice() throws Exception {
    long started = System.nanoTime();
    Soak.Tally reads = new Soak.Tally();
    Soak.Tally patches = new Soak.Tally();
    Queue<PatchCall> calls = new ConcurrentLinkedQueue<>();
    try (NhsSandbox sandbox = NhsSandbox.start()) {
      NhsClient nhs = Soak.client(sandbox, sandbox.signInHealthcareWorker(), t -> {});
      // One patient per thread, so the threads' writes never contend for a version.
      List<NhsNumber> patients = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        PatientCreateResult created = nhs.pds().create(person("Soak" + (char) ('A' + t), t));
        assertThat(created).isInstanceOf(PatientCreateResult.Created.class);
        patients.add(((PatientCreateResult.Created) created).record().requested());
      }
      sandbox.faults().random(PDS, 42L, Soak.platformFaults());
      int perThread = 1_000 / THREADS;
      Soak.onThreads(THREADS, THREADS, t -> {
        for (int i = 0; i < perThread; i++) {
          PatientRecord current = readUntilAnswered(reads, nhs, patients.get(t));
          UUID requestId = UUID.randomUUID();
          String phone = String.format("07700 900%03d", t * perThread + i); // one number per call, Ofcom's drama range
          Soak.Outcome<?> outcome = patches.call(() -> nhs.pds().patchWithResponse(current,
              PatientPatch.builder(current).addTelecom(ContactPoint.of("phone", phone, "mobile")).build(),
              RequestOptions.builder().requestId(requestId).build()));
          calls.add(new PatchCall(patients.get(t), requestId.toString(), phone, outcome.failure()));
        }
      });
      sandbox.faults().clear();

      List<String> applied = sandbox.appliedWriteRequestIds();
      Set<String> appliedOnce = new HashSet<>(applied);
      Set<String> callIds = calls.stream().map(PatchCall::requestId).collect(Collectors.toSet());
      Map<String, Long> lostAnswers = failuresBy(calls, c -> appliedOnce.contains(c.requestId()));
      Map<String, Long> notApplied = failuresBy(calls, c -> !appliedOnce.contains(c.requestId()));
      long patchRequests = sandbox.requests().stream().filter(r -> r.method().equals("PATCH")).count();
      System.out.println("SOAK patches: " + patches + " reads " + reads + " faults " + sandbox.faults().injected()
          + " writes applied=" + sandbox.writesApplied() + " (" + THREADS + " creates) duplicates="
          + (applied.size() - appliedOnce.size()) + " failed but applied (answer lost) " + lostAnswers
          + " failed and not applied " + notApplied + " PATCH requests=" + patchRequests + " wall="
          + Soak.secondsSince(started) + "s");

      assertThat(calls).hasSize(1_000);
      assertThat(applied).as("no write applied twice").doesNotHaveDuplicates();
      assertThat(calls).filteredOn(c -> c.failure() == null).as("every successful call's write was applied")
          .allMatch(c -> appliedOnce.contains(c.requestId()));
      assertThat(applied).as("nothing applied but the creates and the calls' patches")
          .hasSize(THREADS + (int) calls.stream().filter(c -> appliedOnce.contains(c.requestId())).count())
          .hasSize(sandbox.writesApplied());
      for (NhsNumber patient : patients) {
        List<String> phones = nhs.pds().read(patient).patient().telecom().stream().map(ContactPoint::value).toList();
        assertThat(phones).as("each applied call's number in the record, once, and nothing else")
            .containsExactlyInAnyOrderElementsOf(calls.stream()
                .filter(c -> c.patient().equals(patient) && appliedOnce.contains(c.requestId()))
                .map(PatchCall::phone).toList());
      }
      assertThat(sandbox.requests()).filteredOn(r -> r.method().equals("PATCH"))
          .as("every resend carried its call's X-Request-ID").allMatch(r -> callIds.contains(r.header("X-Request-ID")));
      assertThat(patches.slowest()).as("every call ends within its deadline").isLessThan(DEADLINE.plusSeconds(5));
    }
  }

  /**
   * One patch call: whose record, its request id, the number it adds, and its typed failure's type.
   *
   * @param failure the exception's simple name, or null if the call succeeded
   */
  record PatchCall(NhsNumber patient, String requestId, String phone, @Nullable String failure) {}

  /** Reads a patient, again after a typed failure; the soak's subject is the patch that follows. */
  static PatientRecord readUntilAnswered(Soak.Tally reads, NhsClient nhs, NhsNumber patient) {
    while (true) {
      PatientRecord record = reads.call(() -> nhs.pds().read(patient)).value();
      if (record != null) {
        return record;
      }
    }
  }

  static Patient person(String family, int n) {
    return Patient.builder()
        .name(List.of(HumanName.of("usual", family, List.of("Sam"))))
        .gender(AdministrativeGender.UNKNOWN).birthDate(FhirDate.of(LocalDate.of(1990, 1, 1).plusDays(n)))
        .address(List.of(Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE")))
        .extension(List.of(UkCore.registeringAuthority("x", "RGS"))).build();
  }

  /** Counts the failed calls that {@code filter} accepts, by exception type. */
  static Map<String, Long> failuresBy(Queue<PatchCall> calls, Predicate<PatchCall> filter) {
    return calls.stream().filter(c -> c.failure() != null && filter.test(c))
        .collect(Collectors.groupingBy(PatchCall::failure, TreeMap::new, Collectors.counting()));
  }

  /**
   * Waits up to 10 s for the threads started since {@code before} to end, and returns the names of those still
   * alive, leaving out OkHttp's idle pool threads.
   */
  static List<String> awaitNewThreads(Set<Thread> before) throws InterruptedException {
    List<String> left = List.of();
    for (int i = 0; i < 100; i++) {
      left = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.isAlive() && !before.contains(t) && !POOL_THREAD.test(t)).map(Thread::getName).sorted()
          .toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    return left;
  }

  /** Waits up to 10 s for the open file descriptors to fall back to {@code before}, and returns the count. */
  static long awaitDescriptors(long before) throws InterruptedException {
    long now = Soak.openDescriptors();
    for (int i = 0; i < 100 && now > before; i++) {
      Thread.sleep(100);
      now = Soak.openDescriptors();
    }
    return now;
  }
}
