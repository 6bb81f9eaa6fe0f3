package dev.nhsapi.testing.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * PDS's {@code GET /Patient} search as the hosted sandbox answers it: the checks of
 * {@code specification/components/paths/patient-search.yaml} (in {@code NHSDigital/personal-demographics-service-api})
 * and the scenarios of its sandbox table, with NHS's sandbox's ids and scores where the table names none.
 *
 * <p>Results carry only the elements the spec's search schema ({@code specification/components/schemas/
 * PatientSearch.yaml}) allows a matched patient. Thread-safe.
 */
final class PdsSearch {
  private static final String FULL_URL = "https://api.service.nhs.uk" + PdsSandbox.BASE + "/Patient/";
  private static final Set<String> PARAMETERS = Set.of("_fuzzy-match", "_exact-match", "_history", "_max-results",
      "family", "given", "gender", "birthdate", "death-date", "address-postcode", "address-postalcode",
      "general-practitioner", "email", "phone");
  private static final Pattern DATE = Pattern.compile("(eq|ge|le)?[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** The elements of a Patient that the spec's search schema allows in a result. */
  private static final Set<String> RESULT_ELEMENTS = Set.of("resourceType", "id", "identifier", "meta", "name",
      "gender", "birthDate", "multipleBirthInteger", "deceasedDateTime", "address", "telecom", "contact",
      "generalPractitioner", "extension");
  /** The one extension the spec's search schema allows in a result. */
  private static final String DEATH_NOTIFICATION =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeathNotificationStatus";
  private static final String JANE_PHONE = "01632960587";
  private static final String JANE_EMAIL = "jane.smith@example.com";
  private static final String EMPTY = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}";

  /** NHS's sandbox's further test patients, each entry the search that finds them, from our data file. */
  private static final List<JsonObject> CANNED = Json.createReader(new StringReader(
      SandboxData.read("pds-searches.json"))).readArray().getValuesAs(JsonObject.class);

  private final Function<String, @Nullable JsonObject> patients;
  private final Clock clock;

  /**
   * Creates the search.
   *
   * @param patients gives the current state of the patient with an NHS number, or null if there is none
   * @param clock the clock that stamps each result Bundle's {@code timestamp}
   */
  PdsSearch(Function<String, @Nullable JsonObject> patients, Clock clock) {
    this.patients = patients;
    this.clock = clock;
  }

  /** Answers a search by a caller with {@code mode}'s access. */
  MockResponse answer(HttpUrl url, AccessMode mode) {
    MockResponse refused = refusal(url);
    if (refused != null) {
      return refused;
    }
    String maxResults = url.queryParameter("_max-results");
    if (mode == AccessMode.APPLICATION_RESTRICTED) {
      if (maxResults != null && !maxResults.equals("1")) {
        return Outcomes.error(403, "error", "token", "INVALID_VALUE", "Provided value is invalid",
            "_max-results must be 1 with application-restricted access");
      }
      maxResults = "1"; // the platform's proxy sets it when absent
    }
    return scenario(new Query(url, maxResults));
  }

  /** Returns the spec's 400 for a search it refuses, or null if the search is valid. */
  private static @Nullable MockResponse refusal(HttpUrl url) {
    if (url.querySize() == 0) {
      return Outcomes.error(400, "error", "processing", "UNSUPPORTED_SERVICE", "Unsupported Service", null);
    }
    List<String> unexpected = url.queryParameterNames().stream().filter(name -> !PARAMETERS.contains(name))
        .sorted().toList();
    if (!unexpected.isEmpty()) {
      String names = unexpected.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
      return Outcomes.error(400, "error", "invariant", "ADDITIONAL_PROPERTIES",
          "Additional properties should not be included", "Invalid request with error - Additional properties are "
              + "not allowed (" + names + (unexpected.size() == 1 ? " was" : " were") + " unexpected)");
    }
    for (String field : List.of("birthdate", "death-date")) {
      for (String date : url.queryParameterValues(field)) {
        if (date == null || !DATE.matcher(date).matches()) {
          return Outcomes.error(400, "error", "value", "INVALID_VALUE", "Provided value is invalid",
              "Invalid value - '" + date + "' in field '" + field + "'");
        }
      }
    }
    if (url.queryParameter("birthdate") == null) {
      return Outcomes.error(400, "error", "required", "MISSING_VALUE", "Required value is missing",
          "Missing value - 'birth_date/birth_date_range_start/birth_date_range_end'");
    }
    if (url.queryParameter("family") == null) {
      return Outcomes.error(400, "error", "value", "INVALID_SEARCH_DATA", "Search data is invalid",
          "Invalid search data provided - 'No searches were performed as the search criteria did not meet the "
              + "minimum requirements'");
    }
    return null;
  }

  /** The sandbox table's scenarios, first match wins, as NHS's sandbox orders them. */
  private MockResponse scenario(Query q) {
    if (q.fuzzy) {
      return fuzzy(q);
    }
    if (q.family.equals("sm*")) {
      return wildcard(q);
    }
    if (q.family.equals("smythe")) {
      return bundle(List.of(patient("9000000025", "1")));
    }
    if (q.family.equals("smith") && "female".equals(q.gender) && q.janeSmithBirth()) {
      // email and phone narrow the search: someone else's find nobody
      return q.telecomIsJanes() ? bundle(List.of(patient("9000000009", "1"))) : none();
    }
    if (q.family.equals("smith") && "male".equals(q.gender) && q.given.equals(List.of("John Paul", "James"))) {
      return compoundName();
    }
    for (JsonObject canned : CANNED) {
      if (q.matches(canned)) {
        JsonArray found = canned.getJsonArray("matches");
        if (q.maxResults != null && found.size() > Integer.parseInt(q.maxResults)) {
          return Outcomes.error(200, "information", "multiple-matches", "TOO_MANY_MATCHES", "Too Many Matches", null);
        }
        return bundle(found.getValuesAs(JsonObject.class).stream()
            .map(match -> Map.entry(match.getJsonObject("patient"), match.getJsonNumber("score").toString())).toList());
      }
    }
    return Responses.fhir(200, "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"warning\","
        + "\"code\":\"not-supported\",\"diagnostics\":\"This mock endpoint has no example response for this "
        + "combination of search parameters\"}]}");
  }

  private MockResponse fuzzy(Query q) {
    boolean janesPhone = JANE_PHONE.equals(q.phone);
    boolean janesEmail = JANE_EMAIL.equals(q.email);
    if (q.phone == null && q.email == null) {
      return bundle(List.of(patient("9000000017", "0.8976")));
    }
    if ((janesPhone || q.phone == null) && (janesEmail || q.email == null)) {
      return bundle(List.of(patient("9000000009", janesPhone && janesEmail ? "0.9542" : "0.9124")));
    }
    return none();
  }

  private MockResponse wildcard(Query q) {
    if (q.phone == null && q.email == null) {
      return "1".equals(q.maxResults)
          ? Outcomes.error(200, "information", "multiple-matches", "TOO_MANY_MATCHES", "Too Many Matches", null)
          : bundle(List.of(patient("9000000009", "0.8343"), patient("9000000017", "0.8343")));
    }
    return q.telecomIsJanes() ? bundle(List.of(patient("9000000009", "1"))) : none();
  }

  /** The spec's compound name example: a patient known to search only, under the example's NHS number. */
  private MockResponse compoundName() {
    JsonObject patient = Json.createReader(new StringReader(SandboxData.read("search-9000000015.json")))
        .readObject();
    return bundle(List.of(Map.entry(patient, "0.75")));
  }

  /** A searchset with no matches, as PDS sends it: no {@code entry}. */
  private MockResponse none() {
    return Responses.fhir(200, stamped(EMPTY));
  }

  /** A sandbox patient's current state, found with {@code score}. */
  private Map.Entry<JsonObject, String> patient(String nhsNumber, String score) {
    return Map.entry(Objects.requireNonNull(patients.apply(nhsNumber)), score);
  }

  private MockResponse bundle(List<Map.Entry<JsonObject, String>> matches) {
    return Responses.fhir(200, stamped(entries(matches)));
  }

  private static String entries(List<Map.Entry<JsonObject, String>> matches) {
    JsonArrayBuilder entries = Json.createArrayBuilder();
    for (Map.Entry<JsonObject, String> match : matches) {
      JsonObject patient = match.getKey();
      entries.add(Json.createObjectBuilder().add("fullUrl", FULL_URL + patient.getString("id"))
          .add("search", Json.createObjectBuilder().add("score", Json.createValue(
              new BigDecimal(match.getValue()))))
          .add("resource", asSearchResult(patient)));
    }
    return Json.createObjectBuilder().add("resourceType", "Bundle").add("type", "searchset")
        .add("total", matches.size()).add("entry", entries).build().toString();
  }

  /** Keeps only what the spec's search schema allows a matched patient. */
  static JsonObject asSearchResult(JsonObject patient) {
    JsonObjectBuilder result = Json.createObjectBuilder();
    patient.forEach((name, value) -> {
      if (name.equals("extension")) {
        JsonArray kept = value.asJsonArray().stream().filter(PdsSearch::isDeathNotification)
            .collect(Json::createArrayBuilder, JsonArrayBuilder::add, (a, b) -> a.addAll(b)).build();
        if (!kept.isEmpty()) {
          result.add(name, kept);
        }
      } else if (RESULT_ELEMENTS.contains(name)) {
        result.add(name, value);
      }
    });
    return result.build();
  }

  private static boolean isDeathNotification(JsonValue extension) {
    return extension instanceof JsonObject object && DEATH_NOTIFICATION.equals(object.getString("url", ""));
  }

  /** Adds the {@code timestamp} every PDS Bundle carries, after its {@code type}. */
  String stamped(String bundle) {
    String now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).replace("Z", "+00:00");
    JsonObjectBuilder stamped = Json.createObjectBuilder();
    Json.createReader(new StringReader(bundle)).readObject().forEach((name, value) -> {
      stamped.add(name, value);
      if (name.equals("type")) {
        stamped.add("timestamp", now);
      }
    });
    return stamped.build().toString();
  }

  /** A search's parameters as the scenarios test them: names lower-cased, values as sent. */
  private static final class Query {
    final String family;
    final @Nullable String gender;
    final List<String> given;
    final List<String> birthdate;
    final List<String> deathDate;
    final @Nullable String phone;
    final @Nullable String email;
    final @Nullable String maxResults;
    final boolean fuzzy;

    Query(HttpUrl url, @Nullable String maxResults) {
      this.family = Objects.requireNonNull(url.queryParameter("family")).toLowerCase(Locale.ROOT);
      String sex = url.queryParameter("gender");
      this.gender = sex == null ? null : sex.toLowerCase(Locale.ROOT);
      this.given = url.queryParameterValues("given").stream().map(String::valueOf).toList();
      this.birthdate = url.queryParameterValues("birthdate").stream().map(String::valueOf).toList();
      this.deathDate = url.queryParameterValues("death-date").stream().map(String::valueOf).toList();
      this.phone = url.queryParameter("phone");
      this.email = url.queryParameter("email");
      this.maxResults = maxResults;
      this.fuzzy = "true".equals(url.queryParameter("_fuzzy-match"));
    }

    /** Jane Smith's date of birth, exactly or as the table's range around it. */
    boolean janeSmithBirth() {
      return birthdate.equals(List.of("eq2010-10-22")) || birthdate.equals(List.of("2010-10-22"))
          || birthdate.equals(List.of("ge2010-10-21", "le2010-10-23"));
    }

    /**
     * Whether this search is the one a canned entry describes: each of its parameters the same, a family name in
     * any case, a date with or without {@code eq}.
     */
    boolean matches(JsonObject canned) {
      return family.equalsIgnoreCase(canned.getString("family"))
          && (!canned.containsKey("gender") || canned.getString("gender").equals(gender))
          && (!canned.containsKey("birthdate") || dates(canned, "birthdate").equals(withoutEq(birthdate)))
          && (!canned.containsKey("death-date") || dates(canned, "death-date").equals(withoutEq(deathDate)));
    }

    private static List<String> dates(JsonObject canned, String name) {
      return canned.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> withoutEq(List<String> dates) {
      return dates.stream().map(date -> date.startsWith("eq") ? date.substring(2) : date).toList();
    }

    /** Whether the phone and email, where given, are Jane Smith's. */
    boolean telecomIsJanes() {
      return (phone == null || phone.equals(JANE_PHONE)) && (email == null || email.equals(JANE_EMAIL));
    }
  }
}
