package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.OdsCode;
import dev.nhsapi.fhir.Patient;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * How a user tests their own code that takes a {@link PdsClient}, without a network or a sandbox: {@code PdsClient}
 * is an interface, so a test hands the code a fake that answers the calls it expects with values the test built.
 * Here the fake is a lambda behind a {@link Proxy}, answering by operation name; a hand-written class implementing
 * the interface, or a mocking library, does the same.
 */
class PdsClientFakeTest {
  static final NhsNumber JANE = NhsNumber.of("9000000009");

  /** A user's code under test: the GP practice to send a patient's letter to. */
  static String practiceFor(PdsClient pds, NhsNumber nhsNumber) {
    PatientRecord record = pds.read(nhsNumber);
    if (record.restricted()) {
      return "withheld";
    }
    return record.patient().generalPractitionerOdsCode().map(OdsCode::value).orElse("none");
  }

  /** A user's code under test: what to tell a clerk who asked PDS to create a record. */
  static String register(PdsClient pds, Patient person) {
    PatientCreateResult result = pds.create(person);
    if (result instanceof PatientCreateResult.Created) {
      return "registered";
    }
    return result instanceof PatientCreateResult.SingleMatch ? "already known to PDS: trace them by search"
        : "several possible records: trace them by search";
  }

  /** Returns a fake PDS client: {@code answer} gets each call's operation name and arguments. */
  static PdsClient fake(BiFunction<String, Object[], Object> answer) {
    return (PdsClient) Proxy.newProxyInstance(PdsClient.class.getClassLoader(), new Class<?>[] {PdsClient.class},
        (proxy, method, args) -> answer.apply(method.getName(), args));
  }

  @Test
  void theCodeUnderTestGetsWhatTheFakeReturns() {
    Patient registered = FhirJson.decode("""
        {"resourceType":"Patient","id":"9000000009","generalPractitioner":[{"type":"Organization",
         "identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"Y12345"}}]}""",
        Patient.class);
    List<Object> asked = new ArrayList<>();
    PdsClient pds = fake((operation, args) -> {
      asked.add(args[0]);
      return switch (operation) {
        case "read" -> new PatientRecord(registered, (NhsNumber) args[0], "2");
        default -> throw new AssertionError("unexpected call: " + operation);
      };
    });

    assertThat(practiceFor(pds, JANE)).isEqualTo("Y12345");
    assertThat(asked).containsExactly(JANE);
  }

  @Test
  void aFakeReturnsEachCreateOutcomeTheCodeUnderTestMustHandle() {
    OperationOutcome multipleMatches = new OperationOutcome(List.of(new OperationOutcome.Issue("error", "value",
        List.of(new OperationOutcome.Coding(null, null, "MULTIPLE_MATCHES", null)), null, null, List.of())));
    PdsClient pds = fake((operation, args) -> new PatientCreateResult.MultipleMatches(multipleMatches));

    assertThat(register(pds, Patient.builder().build())).isEqualTo("several possible records: trace them by search");
  }
}
