package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sample, run against the embedded sandbox as its {@code main} runs it by default. */
class SamplesTest {
  @Test
  void quickstartReadsSearchesUpdatesAndReportsAnUnknownNumberWithItsRequestId() throws Exception {
    assertThat(run(SampleEnvironment.Access.HEALTHCARE_WORKER, Quickstart::run))
        .contains("Mrs Jane Smith, born 2010-10-22, GP practice Y12345, version 2")
        .contains("1 match(es), best score 1")
        .contains("now at LS1 6AE, version 3")
        .containsPattern("ResourceNotFoundException: RESOURCE_NOT_FOUND \\(HTTP 404\\), X-Request-ID [0-9a-f-]{36}")
        .contains("Done: read a patient, found her by search, moved her (version 2 -> 3)");
  }

  @Test
  void searchPatientsShowsEachKindOfAnswer() throws Exception {
    assertThat(run(SampleEnvironment.Access.HEALTHCARE_WORKER, SearchPatients::run))
        .contains("Exact: Smith, female, born 2010-10-22\n  NHS number 900 000 0009, score 1\n")
        .contains("Wildcard: Sm*\n  NHS number 900 000 0009, score 0.8343\n  NHS number 900 000 0017, score 0.8343\n")
        .contains("Wildcard, at most one result\n  too many matches: narrow the search\n")
        .contains("Fuzzy: Smith, Jane, born 2010-10-22\n  NHS number 900 000 0017, score 0.8976\n");
  }

  @Test
  void updatePatientPatchesMeetsAConflictAndUpdates() throws Exception {
    assertThat(run(SampleEnvironment.Access.HEALTHCARE_WORKER, UpdatePatient::run))
        .contains("Read 9000000033 at version 2: 0 contact detail(s)")
        .contains("Added a mobile number: version 3, 1 contact detail(s)")
        .contains("Patching version 2 again: RESOURCE_VERSION_MISMATCH (HTTP 409)")
        .contains("update() added an email address: version 4, 2 contact detail(s)");
  }

  @Test
  void handleErrorsShowsEachKindOfFailure() throws Exception {
    assertThat(run(SampleEnvironment.Access.HEALTHCARE_WORKER, HandleErrors::run))
        .contains("Invalid input: ")
        .contains("Invalid search: ")
        .containsPattern("Not found: RESOURCE_NOT_FOUND \\(HTTP 404\\), X-Request-ID [0-9a-f-]{36}")
        .containsPattern("unavailable\n  retrying after .*503.* in 1000 ms, same X-Request-ID\n"
            + "  retrying after .*503.* in 1000 ms, same X-Request-ID\nRead 9000000009: version 2\n")
        .doesNotContain("9000000000"); // the invalid number itself is never echoed
  }

  @Test
  void signedJwtAuthUsesOneTokenForThreeReadsAndIsRefusedUpdates() throws Exception {
    assertThat(run(SampleEnvironment.Access.APPLICATION, SignedJwtAuth::run))
        .contains("Read 3: version 2")
        .contains("Access tokens the sandbox issued for those reads: 1")
        .contains("Update refused before any call: PDS refuses updates with application-restricted")
        .contains("Search refused before any call: PDS allows application-restricted");
  }

  @Test
  void findPracticeChainsPdsAndOds() throws Exception {
    assertThat(run(SampleEnvironment.Access.HEALTHCARE_WORKER, FindPractice::run)).isEqualTo(
        "Patient 9000000009 is registered with practice Y12345\n"
            + "  Riverside Green Surgery, 1 Riverside Walk, Leeds, LS1 4AP\n"
            + "Pharmacies at LS1 4AP:\n  FA123 Greenway Pharmacy\n");
  }

  @Test
  void findRecordsListsAPatientsDocumentPointersAndReadsOne() throws Exception {
    String output = run(SampleEnvironment.Access.APPLICATION, FindRecords::run);

    List<String> lines = output.lines().toList();
    assertThat(lines).hasSize(24);
    assertThat(lines.get(0)).isEqualTo("Patient 9000000009 has 22 document pointers");
    assertThat(lines.subList(1, 23)).allSatisfy(line -> assertThat(line).matches("  (XY1|Y12345|Y23456)-\\d{4}  .+, "
        + "held by (XY1|Y12345|Y23456)"));
    assertThat(lines.get(1)).isEqualTo("  XY1-1001  Mental health crisis plan, held by XY1");
    assertThat(lines.get(23)).isEqualTo("Read XY1-1001: Mental health crisis plan at "
        + "https://documents.xy1.example/crisis-plan/XY1-1001.pdf");
  }

  @Test
  void checkSetupGreetsEachAccessMode() throws Exception {
    assertThat(run(SampleEnvironment.Access.APPLICATION, CheckSetup::run))
        .isEqualTo("open access: Hello World!\napplication-restricted, signed JWT: Hello Application!\n"
            + "application-restricted, API key: Hello Application!\nuser-restricted: Hello User!\n");
  }

  @Test
  void conditionInfoListsConditionsAndPrintsAPagesSections() throws Exception {
    assertThat(run(SampleEnvironment.Access.API_KEY, ConditionInfo::run)).isEqualTo(
        "Health A to Z, conditions starting with A:\n  Acne\n  Allergies\n  Anaemia\n  Asthma\n"
            + ASTHMA_PAGE);
  }

  @Test
  void patientJourneyGoesFromPatientToPracticeToAConditionPage() throws Exception {
    assertThat(run(SampleEnvironment.Access.HEALTHCARE_WORKER, PatientJourney::run)).isEqualTo(
        "Patient 9000000009 is registered with Riverside Green Surgery (Y12345)\n" + ASTHMA_PAGE);
  }

  private static final String ASTHMA_PAGE = "Asthma, last reviewed 2025-02-26:\n"
      + "  Check if it's asthma: Sandbox content for testing: a section about symptoms. Read the NHS website for "
      + "real information.\n"
      + "  How asthma is treated: Sandbox content for testing: a section about treatment.\n"
      + "  Urgent advice: Sandbox content for testing: a section about when to get help.\n"
      + "Content supplied by the NHS website: https://www.nhs.uk/conditions/asthma/\n";

  @Test
  void vaccinationsListsRecordsReadsUpdatesAndDeletes() throws Exception {
    assertThat(run(SampleEnvironment.Access.APPLICATION, Vaccinations::run)).isEqualTo(
        "Flu, COVID-19 and RSV vaccinations of patient 9000000009: 4\n"
            + "  2023-10-12 target 6142004, batch SBX-FLU-2301\n"
            + "  2024-04-15 target 840539006, batch SBX-COV-2402\n"
            + "  2024-09-02 target 55735004, batch SBX-RSV-2403\n"
            + "  2024-10-08 target 6142004, batch SBX-FLU-2401\n"
            + "Flu and COVID-19 vaccinations since 2024-09-01: 1\n"
            + "Recorded a flu vaccination, batch FLU25-0417, version 1\n"
            + "Corrected its batch to FLU25-0418 with E-Tag 1, now version 2\n"
            + "Deleted it as entered in error; reading it again: HTTP 404 NOT-FOUND\n");
  }

  private static String run(SampleEnvironment.Access access, SampleEnvironment.Body sample) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SampleEnvironment environment = SampleEnvironment.embedded(access);
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      sample.run(environment, out);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
