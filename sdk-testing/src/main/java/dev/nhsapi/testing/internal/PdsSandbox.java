package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.testing.internal.PatientStore.Stored;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The Personal Demographics Service as the hosted sandbox answers it: the published sandbox patients (with data
 * written by this project), the documented search scenarios, related people and error codes; and, unlike the
 * hosted sandbox, writes that persist: patches and creates change what later reads and searches return.
 *
 * <p>Writes are de-duplicated by {@code X-Request-ID} as the platform does, so a resent write gets the first
 * answer again. Thread-safe.
 */
public final class PdsSandbox {
  /** The API's base path. */
  public static final String BASE = "/personal-demographics/FHIR/R4";

  /** How many writes' answers are remembered for de-duplication. */
  private static final int REMEMBERED_WRITES = 100_000;

  private final PatientStore patients = new PatientStore(Stream.of("9000000009", "9000000017", "9000000025",
      "9000000033").map(nhs -> SandboxData.read("patient-" + nhs + ".json")).toList());
  private final Map<String, String> relatedPeople = Stream.of("9000000009", "9000000017")
      .collect(Collectors.toUnmodifiableMap(nhs -> nhs, nhs -> SandboxData.read("related-" + nhs + ".json")));
  private final PdsSearch search = new PdsSearch(id -> {
    Stored patient = patients.get(id);
    return patient == null ? null : patient.document();
  }, Clock.systemUTC());
  private final PdsWrites writes = new PdsWrites(patients);
  private final WriteLog writeLog = new WriteLog(REMEMBERED_WRITES);

  /** Loads the sandbox data. */
  public PdsSandbox() {}

  /**
   * Returns how many writes changed a patient since start or the last {@link #reset()}; refused and repeated
   * writes and creates that matched an existing patient do not count.
   *
   * @return the count
   */
  public int writesApplied() {
    return writes.applied().size();
  }

  /**
   * Returns the {@code X-Request-ID} of each write counted by {@link #writesApplied()}, in the order applied.
   *
   * @return an immutable snapshot
   */
  public List<String> appliedWriteRequestIds() {
    return writes.applied();
  }

  /** Restores the initial patients and versions, forgets remembered writes and zeroes the count. */
  public void reset() {
    patients.reset();
    writeLog.clear();
    writes.reset();
  }

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request, whose {@code X-Request-ID} the caller has checked
   * @param mode how the caller is authorised
   * @return the answer
   */
  public MockResponse handle(RecordedRequest request, AccessMode mode) {
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(3, url.pathSize()); // after personal-demographics/FHIR/R4
    if (segments.isEmpty() || !segments.get(0).equals("Patient")) {
      return Outcomes.error(400, "error", "value", "UNSUPPORTED_REQUEST", "Unsupported request",
          "Unsupported path - '" + url.encodedPath() + "'");
    }
    String method = request.getMethod();
    boolean create = segments.size() == 1 && "POST".equals(method);
    if (create || (segments.size() == 2 && "PATCH".equals(method))) {
      return writeLog.answer(request.getHeaders().get("X-Request-ID"), () -> create
          ? writes.create(request, mode)
          : withPatient(segments.get(1), patient -> writes.patch(patient, request, mode)));
    }
    if (!"GET".equals(method)) {
      return Outcomes.error(403, "error", "forbidden", "INVALID_METHOD", "Invalid method",
          "This sandbox serves reads, searches, patches and creates");
    }
    if (segments.size() == 1) {
      return search.answer(url, mode);
    }
    return withPatient(segments.get(1), patient -> segments.size() == 3 && segments.get(2).equals("RelatedPerson")
        ? Responses.fhir(200, search.stamped(relatedPeople.getOrDefault(patient.id(),
            "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}")))
        : PdsWrites.served(200, patient));
  }

  /** Answers for the patient {@code id} names, or with the error for an invalid or unknown NHS number. */
  private MockResponse withPatient(String id, Function<Stored, MockResponse> answer) {
    if (!NhsNumber.isValid(id)) {
      return Outcomes.error(400, "error", "value", "INVALID_RESOURCE_ID", "Resource Id is invalid", null);
    }
    Stored patient = patients.get(id);
    return patient == null
        ? Outcomes.error(404, "information", "not-found", "RESOURCE_NOT_FOUND", "Resource not found", null)
        : answer.apply(patient);
  }
}
