package dev.nhsapi.testing.internal;

import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Identifier;
import dev.nhsapi.fhir.Immunization;
import dev.nhsapi.fhir.Meta;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.fhir.Reference;
import dev.nhsapi.fhir.Resource;
import dev.nhsapi.fhir.UnknownElements;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The Immunisation FHIR API: vaccinations of the sandbox's patients ({@code 9000000009} flu twice, COVID-19 and
 * RSV; {@code 9000000017} flu), written by this project, kept in memory so that creates, updates and deletes change
 * what later calls read. It answers as the API's specification documents: {@code 201} and {@code Location} on
 * create, the version in an {@code E-Tag} header on read, a {@code PUT} checked against that version, {@code 204}
 * on delete and {@code 404} for a deleted record, searches by NHS number, vaccine types and dates with the patient
 * included, and OperationOutcomes with the API's own codes ({@code INVALID}, {@code INVARIANT}, {@code NOT-FOUND},
 * {@code DUPLICATE}, {@code SEND_UNAUTHORIZED}).
 *
 * <p>Only application-restricted (signed-JWT) callers are served, as on the platform. Thread-safe.
 */
public final class ImmunisationSandbox {
  /** The API's base path. */
  public static final String BASE = "/immunisation-fhir-api/FHIR/R4";

  private static final String ERROR_SYSTEM = "https://fhir.nhs.uk/Codesystem/http-error-codes";
  private static final String OUTCOME_PROFILE =
      "https://simplifier.net/guide/UKCoreDevelopment2/ProfileUKCore-OperationOutcome";
  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}");
  private static final String BAD_ID = "the provided event ID is either missing or not in the expected format.";

  /** The vaccine types the API lists, in its order. */
  private static final List<String> TYPES = List.of("3IN1", "COVID", "FLU", "HPV", "MENACWY", "MMR", "MMRV",
      "PNEUMOCOCCAL", "PERTUSSIS", "RSV", "SHINGLES");

  /** The SNOMED CT target-disease codes of the types the sandbox files, from the API's examples. */
  private static final Map<Set<String>, String> TYPE_OF_DISEASES = Map.of(
      Set.of("6142004"), "FLU",
      Set.of("840539006"), "COVID",
      Set.of("55735004"), "RSV",
      Set.of("240532009"), "HPV",
      Set.of("14189004", "36989005", "36653000"), "MMR");

  /** One stored record: the resource as last written, its version, and whether it was deleted. */
  private record Stored(Immunization immunization, int version, boolean deleted) {}

  /** Ends the handling of a request with the API's answer refusing it. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient MockResponse answer;

    Refused(MockResponse answer) {
      super(null, null, false, false);
      this.answer = answer;
    }
  }

  /** The published records, read once: every sandbox and every reset starts from them. */
  private static final List<Immunization> PUBLISHED =
      SandboxData.resources("immunisations.json", Immunization.class);

  private final Map<String, Stored> records = new LinkedHashMap<>();

  /** Creates the sandbox with the published records. */
  public ImmunisationSandbox() {
    reset();
  }

  /** Restores the published records: forgets creates, updates and deletes. */
  public synchronized void reset() {
    records.clear();
    PUBLISHED.forEach(immunization -> records.put(immunization.id(), new Stored(immunization, 1, false)));
  }

  /**
   * Answers a request under {@link #BASE}.
   *
   * @param request the request, whose caller passed the gateway's checks
   * @param mode how the caller authenticated
   * @return the answer
   */
  public synchronized MockResponse handle(RecordedRequest request, AccessMode mode) {
    try {
      return answer(request, mode);
    } catch (Refused refused) {
      return refused.answer;
    }
  }

  private MockResponse answer(RecordedRequest request, AccessMode mode) {
    if (mode == AccessMode.OPEN) {
      return error(401, "expired", "SEND_UNAUTHORIZED",
          "The sender has not provided a token or it has expired or is otherwise invalid.");
    }
    if (mode != AccessMode.APPLICATION_RESTRICTED) {
      return error(403, "forbidden", "SEND_UNAUTHORIZED",
          "The sender does not have permissions to access this resource. Please check your credentials and "
              + "permissions.");
    }
    String correlationId = request.getHeaders().get("X-Correlation-ID");
    if (correlationId != null && !UUID_SHAPE.matcher(correlationId).matches()) {
      return error(400, "invalid", "INVALID", "X-Correlation-ID must be a UUID");
    }
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments().subList(3, url.pathSize()); // after immunisation-fhir-api/FHIR/R4
    String method = request.getMethod() == null ? "" : request.getMethod();
    if (segments.size() == 1 && segments.get(0).equals("Immunization")) {
      return switch (method) {
        case "POST" -> create(request);
        case "GET" -> search(url);
        default -> methodNotAllowed();
      };
    }
    if (segments.size() == 2 && segments.get(0).equals("Immunization")) {
      String id = segments.get(1);
      if (!ID.matcher(id).matches()) {
        return error(400, "invalid", "INVALID", BAD_ID);
      }
      return switch (method) {
        case "GET" -> read(id);
        case "PUT" -> update(request, id);
        case "DELETE" -> delete(id);
        default -> methodNotAllowed();
      };
    }
    return error(404, "not-found", "NOT-FOUND", "The requested resource was not found.");
  }

  private MockResponse create(RecordedRequest request) {
    Immunization immunization = immunization(request);
    Identifier identifier = immunization.identifier().get(0);
    boolean duplicate = records.values().stream().anyMatch(s -> sameIdentifier(s.immunization(), identifier));
    if (duplicate) {
      return error(422, "duplicate", "DUPLICATE", "The provided identifier: " + identifier.system() + "#"
          + identifier.value() + " is duplicated");
    }
    String id = UUID.randomUUID().toString();
    records.put(id, new Stored(immunization.toBuilder().id(id).meta(null).build(), 1, false));
    String location = request.getUrl().newBuilder().encodedPath(BASE + "/Immunization/" + id).query(null).build()
        .toString();
    return new MockResponse.Builder().code(201).addHeader("Location", location).build();
  }

  private MockResponse read(String id) {
    Stored stored = records.get(id);
    if (stored == null || stored.deleted()) {
      return error(404, "not-found", "NOT-FOUND", "The requested resource was not found.");
    }
    return new MockResponse.Builder(Responses.fhir(200, FhirJson.encode(versioned(stored))))
        .addHeader("E-Tag", Integer.toString(stored.version())).build();
  }

  private MockResponse update(RecordedRequest request, String id) {
    Immunization immunization = immunization(request);
    if (!id.equals(immunization.id())) {
      return invariant("The provided immunization id:" + id + " doesn't match with the content of the request body");
    }
    Stored stored = records.get(id);
    if (stored == null) {
      return error(404, "not-found", "NOT-FOUND",
          "Validation errors: The requested immunization resource with id:" + id + " was not found.");
    }
    if (!sameIdentifier(stored.immunization(), immunization.identifier().get(0))) {
      return invariant("identifier[0].value doesn't match with the stored content");
    }
    if (!stored.deleted()) { // an update reinstates a deleted record whatever version it names
      MockResponse refused = versionRefusal(request.getHeaders().get("E-Tag"), stored.version(), id);
      if (refused != null) {
        return refused;
      }
    }
    int version = stored.version() + 1;
    records.put(id, new Stored(immunization.toBuilder().meta(null).build(), version, false));
    return new MockResponse.Builder().code(200).addHeader("E-Tag", Integer.toString(version)).build(); // as the API
  }

  /** The API's answer refusing an update's {@code E-Tag}, or null if it names the stored version. */
  private static @Nullable MockResponse versionRefusal(@Nullable String etag, int stored, String id) {
    if (etag == null) {
      return invariant("Immunization resource version not specified in the request headers");
    }
    if (!VERSION.matcher(etag).matches()) {
      return invariant("Immunization resource version:" + etag + " in the request headers is invalid.");
    }
    int version = Integer.parseInt(etag);
    if (version < stored) {
      return invariant("The requested immunization resource " + id + " has changed since the last retrieve.");
    }
    if (version > stored) {
      return invariant("The requested immunization resource " + id + " version is inconsistent with the existing "
          + "version.");
    }
    return null;
  }

  private MockResponse delete(String id) {
    Stored stored = records.get(id);
    if (stored == null || stored.deleted()) {
      return error(404, "not-found", "NOT-FOUND", "Immunization resource does not exist. ID: " + id);
    }
    records.put(id, new Stored(stored.immunization(), stored.version() + 1, true));
    return new MockResponse.Builder().code(204).build();
  }

  private MockResponse search(HttpUrl url) {
    List<String> patients = url.queryParameterValues("patient.identifier").stream()
        .map(v -> v == null ? "" : v).toList();
    if (patients.size() != 1) {
      return error(400, "invalid", "INVALID", "Search parameter patient.identifier must have one value.");
    }
    String prefix = NhsNumber.SYSTEM + "|";
    String nhsNumber = patients.get(0).startsWith(prefix) ? patients.get(0).substring(prefix.length()) : "";
    if (!NhsNumber.isValid(nhsNumber)) {
      return error(400, "invalid", "INVALID", "patient.identifier must be in the format of \"" + NhsNumber.SYSTEM
          + "|{NHS number}\" e.g. \"" + NhsNumber.SYSTEM + "|9000000009\"");
    }
    Set<String> targets = new LinkedHashSet<>();
    for (String value : url.queryParameterValues("-immunization.target")) {
      Arrays.stream(value == null ? new String[0] : value.split(",")).filter(s -> !s.isEmpty())
          .forEach(targets::add);
    }
    if (targets.isEmpty()) {
      return error(400, "invalid", "INVALID", "Search parameter -immunization.target must have one or more values.");
    }
    if (!TYPES.containsAll(targets)) {
      return error(400, "invalid", "INVALID", "immunization-target must be one or more of the following: "
          + String.join(", ", TYPES));
    }
    LocalDate from = date(url, "-date.from", LocalDate.of(1900, 1, 1));
    LocalDate to = date(url, "-date.to", LocalDate.of(9999, 12, 31));
    String include = url.queryParameter("_include");
    if (include != null && !include.equals("Immunization:patient")) {
      return error(400, "invalid", "INVALID", "Search parameter _include may only be 'Immunization:patient'");
    }
    String patientUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(nhsNumber.getBytes(StandardCharsets.UTF_8));
    List<Bundle.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, Stored> record : records.entrySet()) {
      Stored stored = record.getValue();
      Immunization immunization = stored.immunization();
      Optional<String> type = vaccineType(immunization);
      LocalDate given = occurrence(immunization);
      if (!stored.deleted() && immunization.patientNhsNumber().map(NhsNumber::value).orElse("").equals(nhsNumber)
          && type.isPresent() && targets.contains(type.get()) && given != null && !given.isBefore(from)
          && !given.isAfter(to)) {
        entries.add(new Bundle.Entry(origin(url) + BASE + "/Immunization/" + record.getKey(),
            asSearchResult(versioned(stored), patientUrl, nhsNumber), new Bundle.Search("match", null, UnknownElements.none()), UnknownElements.none()));
      }
    }
    int total = entries.size();
    if (total > 0) {
      Identifier identifier = nhsIdentifier(nhsNumber);
      Patient patient = Patient.builder().id(nhsNumber).identifier(List.of(identifier)).build();
      entries.add(new Bundle.Entry(patientUrl, patient, new Bundle.Search("include", null, UnknownElements.none()), UnknownElements.none()));
    }
    String bundle = FhirJson.encode(new Bundle(null, null, "searchset", null, total,
        List.of(new Bundle.Link("self", url.toString(), UnknownElements.none())), entries, UnknownElements.none()));
    return Responses.fhir(200, entries.isEmpty() ? withEmptyEntry(bundle) : bundle);
  }

  /**
   * The Bundle with {@code "entry": []}: the spec's search response requires {@code entry} even when nothing
   * matches (immunisation-fhir-api, specification/immunisation-fhir-api.yaml, searchImmunizationGet), as the
   * API's backend sends it, where the SDK's encoder leaves an empty list out.
   */
  private static String withEmptyEntry(String bundle) {
    try (JsonReader reader = Json.createReader(new StringReader(bundle))) {
      return Json.createObjectBuilder(reader.readObject()).add("entry", Json.createArrayBuilder()).build().toString();
    }
  }

  /** The request's body as an Immunization the API would accept; throws the API's answer refusing it. */
  private static Immunization immunization(RecordedRequest request) {
    Resource resource;
    try {
      resource = FhirJson.decode(request.getBody() == null ? "" : request.getBody().utf8());
    } catch (NhsDecodeException e) {
      throw new Refused(invariant("The request body is not a valid FHIR resource"));
    }
    if (!(resource instanceof Immunization immunization)) {
      throw new Refused(invariant("This service only accepts FHIR Immunization Resources (i.e. resourceType must "
          + "equal 'Immunization')"));
    }
    if (immunization.contained().isEmpty()) {
      throw new Refused(error(400, "invariant", "INVARIANT", "contained is a mandatory field"));
    }
    if (!Immunization.COMPLETED.equals(immunization.status())) {
      throw new Refused(invariant("status must be one of the following: completed"));
    }
    if (immunization.containedPatient().isEmpty()) {
      throw new Refused(invariant("patient.reference must be a reference to a contained Patient resource"));
    }
    if (immunization.identifier().size() != 1 || immunization.identifier().get(0).value() == null) {
      throw new Refused(invariant("identifier must be an array of length 1 with a value"));
    }
    if (occurrence(immunization) == null) {
      throw new Refused(error(400, "invariant", "INVARIANT", "occurrenceDateTime is a mandatory field"));
    }
    if (vaccineType(immunization).isEmpty()) {
      throw new Refused(invariant("protocolApplied[0].targetDisease is not a valid code combination for this "
          + "service"));
    }
    return immunization;
  }

  private static Immunization versioned(Stored stored) {
    return stored.immunization().toBuilder()
        .meta(new Meta(Integer.toString(stored.version()), null, null, List.of(), List.of(), List.of(), UnknownElements.none())).build();
  }

  /** A record as search returns it: no contained resources, the patient named by NHS number. */
  private static Immunization asSearchResult(Immunization immunization, String patientUrl, String nhsNumber) {
    return immunization.toBuilder()
        .contained(List.of())
        .patient(new Reference(patientUrl, "Patient", nhsIdentifier(nhsNumber), null, UnknownElements.none()))
        .performer(immunization.performer().stream().filter(p -> p.actor().reference() == null
            || !p.actor().reference().startsWith("#")).toList())
        .build();
  }

  private static Identifier nhsIdentifier(String nhsNumber) {
    return new Identifier(null, List.of(), null, null, NhsNumber.SYSTEM, nhsNumber, null, null, UnknownElements.none());
  }

  private static Optional<String> vaccineType(Immunization immunization) {
    return Optional.ofNullable(TYPE_OF_DISEASES.get(Set.copyOf(immunization.targetDiseaseCodes())));
  }

  private static @Nullable LocalDate occurrence(Immunization immunization) {
    String value = immunization.occurrenceDateTime() == null ? null : immunization.occurrenceDateTime().value();
    return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
  }

  private static boolean sameIdentifier(Immunization immunization, Identifier identifier) {
    return immunization.identifier().stream().anyMatch(i -> Objects.equals(i.system(), identifier.system())
        && Objects.equals(i.value(), identifier.value()));
  }

  private static LocalDate date(HttpUrl url, String name, LocalDate absent) {
    String value = url.queryParameter(name);
    if (value == null) {
      return absent;
    }
    try {
      if (DATE.matcher(value).matches()) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // not a real date: refused below like any other malformed value
    }
    throw new Refused(error(400, "invalid", "INVALID", "Search parameter " + name + " must be in format: YYYY-MM-DD"));
  }

  private static String origin(HttpUrl url) {
    return url.newBuilder().encodedPath("/").query(null).build().toString().replaceFirst("/$", "");
  }

  private static MockResponse methodNotAllowed() {
    return error(405, "not-supported", "NOT_SUPPORTED", "Method not allowed");
  }

  private static MockResponse invariant(String diagnostics) {
    return error(400, "invariant", "INVARIANT", "Validation errors: " + diagnostics);
  }

  /** The API's OperationOutcome: its own code system, an id, the UK Core profile, one issue. */
  private static MockResponse error(int status, String issueCode, String code, String diagnostics) {
    String body = Json.createObjectBuilder()
        .add("resourceType", "OperationOutcome")
        .add("id", UUID.randomUUID().toString())
        .add("meta", Json.createObjectBuilder().add("profile", Json.createArrayBuilder().add(OUTCOME_PROFILE)))
        .add("issue", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("severity", "error")
            .add("code", issueCode)
            .add("details", Json.createObjectBuilder().add("coding", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("system", ERROR_SYSTEM).add("code", code))))
            .add("diagnostics", diagnostics)))
        .build().toString();
    return Responses.fhir(status, body);
  }
}
