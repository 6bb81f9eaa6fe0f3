package dev.nhsapi.samples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.DocumentReference;
import dev.nhsapi.fhir.OrganizationAffiliation;
import dev.nhsapi.testing.NhsSandbox;
import dev.nhsapi.websitecontent.ContentSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The "More APIs" guide's examples, run against the embedded sandbox; GuideExamplesTest checks the guide shows them. */
class MoreApisGuideTest {
  private static NhsSandbox sandbox;
  private static NhsClient apiKey;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @BeforeAll
  static void start() {
    sandbox = NhsSandbox.start();
    sandbox.registerApiKey("guide-key");
    apiKey = MoreApisGuide.apiKeyClient(sandbox.environment(), "guide-key");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void odsFindsThePracticeItsPharmaciesAndItsNetworks() {
    List<OrganizationAffiliation> networks = MoreApisGuide.ods(apiKey, out);

    assertThat(networks).isNotEmpty()
        .allSatisfy(network -> assertThat(network.organizationOdsCode()).hasValue("Y12345"));
    assertThat(printed()).startsWith("Riverside Green Surgery: ");
  }

  @Test
  void websiteContentReadsAPageAndListsConditions() {
    List<ContentSummary> conditions = MoreApisGuide.websiteContent(apiKey, out);

    assertThat(conditions).isNotEmpty().allSatisfy(condition -> assertThat(condition.name()).startsWith("A"));
    assertThat(printed()).isNotBlank();
  }

  @Test
  void recordLocatorCountsSearchesAndReads() {
    List<DocumentReference> plans = MoreApisGuide.recordLocator(sandbox.environment(),
        sandbox.registerApplication("guide-app"), out);

    assertThat(plans).isNotEmpty().allSatisfy(plan -> assertThat(plan.typeCode()).hasValue("736253002"));
    assertThat(printed()).startsWith("22 pointers; the crisis plan is at ");
  }

  @Test
  void helloWorldAnswersEachAccessMode() {
    NhsClient open = NhsClient.builder().environment(sandbox.environment()).build();
    NhsClient worker = NhsClient.builder().environment(sandbox.environment())
        .credentials(sandbox.signInHealthcareWorker()).build();

    MoreApisGuide.helloWorld(open, apiKey, worker, out);

    assertThat(printed().lines()).hasSize(3);
  }
}
