package dev.nhsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import dev.nhsapi.pds.DateCriterion;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.support.TestClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid NHS numbers, ODS codes, searches, patches and client calls fail before any I/O, with the JDK's
 * exception, a message naming the rule, and no echo of a value that could be patient data.
 */
class InvalidInputTest {
  private static final LocalDate BORN = LocalDate.of(1987, 3, 14);
  private static final NhsNumber JANE = NhsNumber.of("9000000009");
  private static final PatientRecord RECORD = new PatientRecord(FhirJson.decode("""
      {"resourceType":"Patient","id":"9000000009","name":[{"id":"n1","family":"Trevithick"}]}""", Patient.class),
      JANE, "2");
  private static final HumanName NAME =
      new HumanName(null, "usual", null, "Trevithick", List.of("Elowen"), List.of(), List.of(), null, null);

  @StartStop final MockWebServer server = new MockWebServer();

  /** An input that must be refused. */
  @FunctionalInterface
  interface Input {
    void use(NhsClient nhs) throws Throwable;
  }

  static Arguments refused(String name, Input input, Class<? extends Throwable> type, String rule,
      @Nullable String patientData) {
    return Arguments.of(name, input, type, rule, patientData);
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        refused("NHS number too short", nhs -> NhsNumber.of("943476591"), IllegalArgumentException.class,
            "must be 10 digits", "943476591"),
        refused("NHS number check digit", nhs -> nhs.pds().read(NhsNumber.of("9434765918")),
            IllegalArgumentException.class, "check digit does not match", "9434765918"),
        refused("NHS number mixed grouping", nhs -> NhsNumber.of("943 476-5919"), IllegalArgumentException.class,
            "must be 10 digits", "476-5919"),
        refused("NHS number non-ASCII digit", nhs -> NhsNumber.of("943476591\uff19"),
            IllegalArgumentException.class, "must be 10 digits", "943476591"),
        refused("NHS number null", nhs -> NhsNumber.of(null), NullPointerException.class, "text == null", null),
        refused("ODS code", nhs -> OdsCode.of("R!"), IllegalArgumentException.class, "3 to 12 letters or digits",
            null),
        refused("search without birthdate", nhs -> nhs.pds().search(PatientSearch.builder().family("Trevithick")
            .build()), IllegalArgumentException.class, "needs at least family and birthdate", "Trevithick"),
        refused("search family too long", nhs -> PatientSearch.builder().family("T".repeat(36)).birthDate(BORN)
            .build(), IllegalArgumentException.class, "family must be 1 to 35 characters", "TTTT"),
        refused("search early wildcard", nhs -> PatientSearch.builder().family("T*revithick").birthDate(BORN)
            .build(), IllegalArgumentException.class, "may not be among its first two characters", "revithick"),
        refused("search reversed dates", nhs -> PatientSearch.builder().family("Trevithick")
            .birthDate(DateCriterion.between(BORN, BORN.minusDays(1))).build(), IllegalArgumentException.class,
            "end of a date range is before its start", "1987"),
        refused("search wildcard email", nhs -> PatientSearch.builder().family("Trevithick").birthDate(BORN)
            .email("elowen*@example.org").build(), IllegalArgumentException.class, "no wildcards", "elowen"),
        refused("search max results", nhs -> PatientSearch.builder().maxResults(51), IllegalArgumentException.class,
            "_max-results must be 1 to 50", null),
        refused("patch unknown name id", nhs -> PatientPatch.builder(RECORD).replaceName("n9", NAME),
            IllegalArgumentException.class, "has no name item with that id", "Trevithick"),
        refused("patch removes twice", nhs -> PatientPatch.builder(RECORD).removeName("n1").removeName("n1").build(),
            IllegalStateException.class, "removes the same name item twice", "Trevithick"),
        refused("patch changes nothing", nhs -> PatientPatch.builder(RECORD).build(), IllegalStateException.class,
            "the patch changes nothing", null),
        refused("patch sync wait", nhs -> PatientPatch.builder(RECORD).syncWait(Duration.ofSeconds(30)),
            IllegalArgumentException.class, "X-Sync-Wait must be 0.25 to 29 seconds", null),
        refused("patch without version", nhs -> nhs.pds().patch(new PatientRecord(RECORD.patient(), JANE, null),
            PatientPatch.builder(RECORD).addName(NAME).build()), IllegalStateException.class,
            "has no version for If-Match", "Trevithick"),
        refused("update attempts", nhs -> nhs.pds().update(JANE, r -> PatientPatch.builder(r).build(), 0),
            IllegalArgumentException.class, "maxAttempts must be 1 to 10", null),
        refused("create with id", nhs -> nhs.pds().create(RECORD.patient()), IllegalArgumentException.class,
            "a patient to create has no id", "9000000009"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void isRefusedBeforeAnyIo(String name, Input input, Class<? extends Throwable> type, String rule,
      @Nullable String patientData) {
    NhsClient nhs = TestClients.against(server).build();

    Throwable thrown = catchThrowable(() -> input.use(nhs));

    assertThat(thrown).isExactlyInstanceOf(type).hasMessageContaining(rule);
    if (patientData != null) {
      assertThat(thrown.getMessage()).doesNotContain(patientData);
    }
    assertThat(server.getRequestCount()).as("requests that reached the server").isZero();
  }
}
