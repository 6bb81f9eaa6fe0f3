package dev.nhsapi.testing.internal;

import dev.nhsapi.core.NhsDecodeException;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.testing.internal.PatientStore.Stored;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * PDS's writes: {@code PATCH /Patient/{id}} with a JSON Patch (RFC 6902, applied by Jakarta JSON Processing) and
 * {@code POST /Patient}, checked by the platform's rules in the platform's order. Every refusal applies nothing.
 *
 * <p>Thread-safe.
 */
final class PdsWrites {
  private static final Pattern IF_MATCH = Pattern.compile("W/\"([0-9]+)\"");
  private static final Set<String> OPERATIONS = Set.of("add", "replace", "remove", "test");
  private static final List<String> FORBIDDEN = List.of("/id", "/meta", "/resourceType");
  private static final Set<String> GENDERS = Set.of("male", "female", "unknown");
  private static final Pattern LIST_ITEM = Pattern.compile(".*/[0-9]+");
  /** An item of a list whose items PDS identifies by {@code id}, and a path inside one. */
  private static final Pattern ITEM = Pattern.compile("/(?:name|address|telecom|contact)/[0-9]+");
  private static final Pattern INSIDE_ITEM = Pattern.compile("(/(?:name|address|telecom|contact)/[0-9]+)/(.+)");

  private final PatientStore store;
  /** The {@code X-Request-ID} of each write applied, in the order applied; guarded by itself. */
  private final List<String> applied = new ArrayList<>();

  PdsWrites(PatientStore store) {
    this.store = store;
  }

  /** Returns the {@code X-Request-ID} of each write that changed a patient since start or the last {@link #reset()}. */
  List<String> applied() {
    synchronized (applied) {
      return List.copyOf(applied);
    }
  }

  /** Forgets the writes applied. */
  void reset() {
    synchronized (applied) {
      applied.clear();
    }
  }

  /** Answers a patch of {@code current}, the patient the request's path names. */
  MockResponse patch(Stored current, RecordedRequest request, AccessMode mode) {
    if (!mode.mayWrite()) {
      return applicationRestricted();
    }
    if (!hasMediaType(request, "application/json-patch+json")) {
      return unsupportedContentType("application/json-patch+json");
    }
    String ifMatch = request.getHeaders().get("If-Match");
    Matcher version = IF_MATCH.matcher(ifMatch == null ? "" : ifMatch);
    if (!version.matches()) {
      return Outcomes.error(412, "error", "structure", "PRECONDITION_FAILED", "Required condition was not fulfilled",
          "If-Match header must be supplied as W/\"<version>\" with the version from the last read");
    }
    if (!new BigInteger(version.group(1)).equals(BigInteger.valueOf(current.version()))) {
      return versionMismatch();
    }
    JsonArray patches = patches(body(request));
    if (patches == null) {
      return invalidUpdate("The body must be an object whose 'patches' array holds operations, each with an op "
          + "of add, replace, remove or test and a path");
    }
    if (patches.isEmpty()) {
      return invalidUpdate("The 'patches' array must hold at least one operation");
    }
    for (int i = 0; i < patches.size(); i++) {
      if (!OPERATIONS.contains(op(patches, i))) {
        return Outcomes.error(400, "error", "value", "INVALID_VALUE", "Provided value is invalid",
            "Invalid value - '" + op(patches, i) + "' in field '" + i + "/op'");
      }
    }
    for (int i = 0; i < patches.size(); i++) {
      if (op(patches, i).equals("remove") && LIST_ITEM.matcher(path(patches, i)).matches()
          && !testedJustBefore(patches, i)) {
        return invalidUpdate("Every remove of a list item must immediately follow a test of that item");
      }
    }
    for (int i = 0; i < patches.size(); i++) {
      if (forbidden(path(patches, i))) {
        return Outcomes.error(403, "information", "forbidden", "FORBIDDEN_UPDATE", "Update is forbidden",
            "Patches may not change id, meta or resourceType");
      }
    }
    String unnamed = itemWithoutId(patches);
    if (unnamed != null) {
      return invalidUpdate("Invalid update with error - no id or url found for path with root " + unnamed);
    }
    JsonObject patched;
    try {
      patched = Json.createPatch(patches).apply(current.document());
    } catch (JsonException e) {
      return invalidUpdate("A test operation failed, or a path does not exist in the resource");
    }
    if (!isPatient(patched.toString())) {
      return invalidUpdate("The patched resource is no longer a valid Patient");
    }
    String forbiddenChange = forbiddenChange(current.document(), patched);
    if (forbiddenChange != null) {
      return Outcomes.error(403, "information", "forbidden", "FORBIDDEN_UPDATE", "Update is forbidden",
          forbiddenChange);
    }
    Stored updated = store.replace(current, withNameIds(patched));
    if (updated == null) {
      return versionMismatch(); // another write won the race from the same version
    }
    recordApplied(request);
    return served(200, updated);
  }

  /** Answers a create. */
  MockResponse create(RecordedRequest request, AccessMode mode) {
    if (!mode.mayWrite()) {
      return applicationRestricted();
    }
    if (!hasMediaType(request, "application/json", "application/fhir+json")) {
      return unsupportedContentType("application/json");
    }
    String body = body(request);
    JsonObject document = body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : object(body);
    if (document == null
        || (document.containsKey("resourceType") && !"Patient".equals(text(document, "resourceType")))) {
      return invalidCreate("The body must be a Patient resource");
    }
    for (String required : List.of("name", "gender", "birthDate")) {
      if (!document.containsKey(required)) {
        return missingValue(required);
      }
    }
    if (!isPatient(body)) {
      return invalidCreate("The body must be a Patient resource");
    }
    if (document.containsKey("id")) {
      return invalidCreate("A Patient to create must not have an id: PDS allocates the NHS number");
    }
    String family = family(document);
    if (family == null) {
      return missingValue("name/0/family");
    }
    String gender = text(document, "gender");
    if (gender == null || !GENDERS.contains(gender)) {
      return Outcomes.error(400, "error", "value", "INVALID_VALUE", "Provided value is invalid",
          "Invalid value - '" + gender + "' in field 'gender'");
    }
    // The spec's create examples (specification/components/examples/requests/PatientCreate/ in
    // NHSDigital/personal-demographics-service-api) find existing records; every other valid body creates one.
    String postalCode = postalCode(document);
    if (family.equals("McMatch-Single") && "BAP 4WG".equals(postalCode)) {
      return Outcomes.error(200, "error", "value", "SINGLE_MATCH", "Single match found",
          "Unable to create new patient. NHS number 5900054586 found for supplied demographic data.");
    }
    if (family.equals("McMatch-Multiple") && "DN19 7UD".equals(postalCode)) {
      return Outcomes.error(200, "error", "structure", "MULTIPLE_MATCHES", "Multiple matches found",
          "Unable to create new patient. Multiple matches found for supplied demographic data.");
    }
    Stored created = store.create(nhsNumber -> newRecord(document, nhsNumber));
    recordApplied(request);
    return served(201, created);
  }

  private void recordApplied(RecordedRequest request) {
    synchronized (applied) {
      applied.add(request.getHeaders().get("X-Request-ID")); // the dispatcher lets no write through without one
    }
  }

  /** Answers with a patient and its version's ETag. */
  static MockResponse served(int status, Stored patient) {
    return new MockResponse.Builder(Responses.fhir(status, patient.json())).addHeader("ETag", patient.etag())
        .build();
  }

  private static JsonObject newRecord(JsonObject document, String nhsNumber) {
    JsonArrayBuilder identifiers = Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("system", NhsNumber.SYSTEM).add("value", nhsNumber));
    JsonArray given = document.getJsonArray("identifier");
    if (given != null) {
      given.forEach(identifiers::add);
    }
    return Json.createObjectBuilder(document)
        .add("id", nhsNumber)
        .add("meta", Json.createObjectBuilder().add("security", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("system", "http://terminology.hl7.org/CodeSystem/v3-Confidentiality")
            .add("code", "U")
            .add("display", "unrestricted"))))
        .add("identifier", identifiers)
        .build();
  }

  private static boolean hasMediaType(RecordedRequest request, String... accepted) {
    String contentType = request.getHeaders().get("Content-Type");
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return List.of(accepted).contains(mediaType);
  }

  private static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  private static @Nullable JsonObject object(String json) {
    try {
      return Json.createReader(new StringReader(json)).readValue() instanceof JsonObject object ? object : null;
    } catch (JsonException e) {
      return null;
    }
  }

  /** Returns the body's {@code patches} if each is an object with a string {@code op} and {@code path}. */
  private static @Nullable JsonArray patches(String body) {
    JsonObject object = object(body);
    if (object == null || !(object.get("patches") instanceof JsonArray patches)) {
      return null;
    }
    for (JsonValue patch : patches) {
      if (!(patch instanceof JsonObject operation && operation.get("op") instanceof JsonString
          && operation.get("path") instanceof JsonString)) {
        return null;
      }
    }
    return patches;
  }

  private static String op(JsonArray patches, int index) {
    return patches.getJsonObject(index).getString("op");
  }

  private static String path(JsonArray patches, int index) {
    return patches.getJsonObject(index).getString("path");
  }

  /** Whether the operation before {@code index} tests the item {@code index} removes, or something in it. */
  private static boolean testedJustBefore(JsonArray patches, int index) {
    if (index == 0 || !op(patches, index - 1).equals("test")) {
      return false;
    }
    String item = path(patches, index);
    String tested = path(patches, index - 1);
    return tested.equals(item) || tested.startsWith(item + "/");
  }

  /**
   * Returns the first list item a patch changes inside without naming the item: PDS needs the item's {@code id}
   * (tested or replaced) or the whole item in the same request. Null if every change names its item.
   */
  private static @Nullable String itemWithoutId(JsonArray patches) {
    Set<String> named = new HashSet<>();
    for (int i = 0; i < patches.size(); i++) {
      String path = path(patches, i);
      Matcher inside = INSIDE_ITEM.matcher(path);
      if (inside.matches() && inside.group(2).equals("id")) {
        named.add(inside.group(1));
      } else if (ITEM.matcher(path).matches()) {
        named.add(path);
      }
    }
    for (int i = 0; i < patches.size(); i++) {
      Matcher inside = INSIDE_ITEM.matcher(path(patches, i));
      if (inside.matches() && !named.contains(inside.group(1))) {
        return inside.group(1);
      }
    }
    return null;
  }

  /** Returns why PDS forbids the change from {@code before} to {@code after}, or null if it allows it. */
  private static @Nullable String forbiddenChange(JsonObject before, JsonObject after) {
    if (before.containsKey("birthDate") && !after.containsKey("birthDate")) {
      return "Forbidden update with error - source not permitted to remove 'birthDate'";
    }
    long usualBefore = usualNames(before);
    long usualAfter = usualNames(after);
    if (usualBefore > 0 && usualAfter == 0) {
      return "Forbidden update with error - not permitted to remove usual name";
    }
    return usualAfter > Math.max(1, usualBefore)
        ? "Forbidden update with error - multiple usual names cannot be added" : null;
  }

  private static long usualNames(JsonObject patient) {
    return names(patient).stream().filter(name -> "usual".equals(text(name, "use"))).count();
  }

  /** Gives each name without an {@code id} one, as PDS does for names a patch adds. */
  private static JsonObject withNameIds(JsonObject patient) {
    if (!(patient.get("name") instanceof JsonArray names)) {
      return patient;
    }
    JsonArrayBuilder identified = Json.createArrayBuilder();
    for (JsonValue name : names) {
      identified.add(name instanceof JsonObject object && !object.containsKey("id")
          ? Json.createObjectBuilder(object).add("id", UUID.randomUUID().toString().substring(0, 8)
              .toUpperCase(Locale.ROOT)).build()
          : name);
    }
    return Json.createObjectBuilder(patient).add("name", identified).build();
  }

  private static boolean forbidden(String path) {
    return path.isEmpty() || FORBIDDEN.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  private static boolean isPatient(String json) {
    try {
      FhirJson.decode(json, Patient.class);
      return true;
    } catch (NhsDecodeException e) {
      return false;
    }
  }

  /** Returns the family name of the first name that has one. */
  private static @Nullable String family(JsonObject patient) {
    return names(patient).stream().map(name -> text(name, "family")).filter(f -> f != null).findFirst()
        .orElse(null);
  }

  /** Returns the postcode of the first address, if it has one. */
  private static @Nullable String postalCode(JsonObject patient) {
    return patient.get("address") instanceof JsonArray addresses && !addresses.isEmpty()
        && addresses.get(0) instanceof JsonObject address ? text(address, "postalCode") : null;
  }

  private static List<JsonObject> names(JsonObject patient) {
    return patient.get("name") instanceof JsonArray names
        ? names.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList()
        : List.of();
  }

  private static @Nullable String text(JsonObject object, String member) {
    return object.get(member) instanceof JsonString text ? text.getString() : null;
  }

  private static MockResponse applicationRestricted() {
    return Outcomes.error(403, "error", "forbidden", "INVALID_METHOD", "Invalid method",
        "Cannot update resource with application-restricted access token");
  }

  private static MockResponse unsupportedContentType(String required) {
    return Outcomes.error(400, "error", "processing", "UNSUPPORTED_SERVICE", "Unsupported Service",
        "Content-Type must be " + required);
  }

  private static MockResponse versionMismatch() {
    return Outcomes.error(409, "error", "conflict", "RESOURCE_VERSION_MISMATCH",
        "Resource version supplied does not match actual version",
        "If-Match does not name the current version: read the patient again");
  }

  private static MockResponse invalidUpdate(String diagnostics) {
    return Outcomes.error(400, "error", "structure", "INVALID_UPDATE", "Update is invalid", diagnostics);
  }

  private static MockResponse missingValue(String field) {
    return Outcomes.error(400, "error", "required", "MISSING_VALUE", "Required value is missing",
        "Missing value - '" + field + "'");
  }

  private static MockResponse invalidCreate(String diagnostics) {
    return Outcomes.error(400, "error", "value", "INVALID_CREATE", "Patient create data is invalid", diagnostics);
  }
}
