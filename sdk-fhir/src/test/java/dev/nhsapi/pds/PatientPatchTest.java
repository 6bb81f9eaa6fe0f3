package dev.nhsapi.pds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.nhsapi.fhir.Address;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.ContactPoint;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.HumanName;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.fhir.Patient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientPatchTest {
  static final PatientRecord RECORD = new PatientRecord(FhirJson.decode("""
      {"resourceType":"Patient","id":"9000000009","gender":"female",
       "name":[{"id":"n1","use":"usual","family":"Sample"},{"id":"n2","use":"old","family":"Before"}],
       "address":[{"id":"a1","use":"home","postalCode":"LS1 6AE"},{"id":"a2","use":"temp","line":["1 Lane"]}],
       "telecom":[{"id":"t1","system":"phone","value":"01632960587"},{"id":"t2","system":"email","value":"a@b.c"},
        {"id":"t3","system":"phone","value":"01632960588"}]}""", Patient.class), NhsNumber.of("9000000009"), "2");

  static HumanName name(String family) {
    return new HumanName(null, "usual", null, family, List.of("Alex"), List.of(), List.of(), null, null);
  }

  @Test
  void appendsWithDashAndTestsTheIdBeforeEveryReplace() {
    PatientPatch patch = PatientPatch.builder(RECORD)
        .addName(name("Added"))
        .replaceName("n2", name("Changed"))
        .addTelecom(new ContactPoint(null, List.of(), "email", "new@example.org", "home", null, null, null))
        .gender(AdministrativeGender.OTHER)
        .build();

    assertThat(patch.json()).isEqualTo("{\"patches\":["
        + "{\"op\":\"add\",\"path\":\"/name/-\",\"value\":{\"use\":\"usual\",\"family\":\"Added\",\"given\":[\"Alex\"]}},"
        + "{\"op\":\"test\",\"path\":\"/name/1/id\",\"value\":\"n2\"},"
        + "{\"op\":\"replace\",\"path\":\"/name/1\",\"value\":{\"use\":\"usual\",\"family\":\"Changed\","
        + "\"given\":[\"Alex\"]}},"
        + "{\"op\":\"add\",\"path\":\"/telecom/-\",\"value\":{\"system\":\"email\",\"value\":\"new@example.org\","
        + "\"use\":\"home\"}},"
        + "{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"other\"}]}");
  }

  @Test
  void removesAfterATestAndFromTheHighestIndexDown() {
    PatientPatch patch = PatientPatch.builder(RECORD)
        .removeTelecom("t1").removeTelecom("t3").removeAddress("a2")
        .build();

    assertThat(patch.json()).isEqualTo("{\"patches\":["
        + "{\"op\":\"test\",\"path\":\"/address/1/id\",\"value\":\"a2\"},{\"op\":\"remove\",\"path\":\"/address/1\"},"
        + "{\"op\":\"test\",\"path\":\"/telecom/2/id\",\"value\":\"t3\"},{\"op\":\"remove\",\"path\":\"/telecom/2\"},"
        + "{\"op\":\"test\",\"path\":\"/telecom/0/id\",\"value\":\"t1\"},{\"op\":\"remove\",\"path\":\"/telecom/0\"}]}");
  }

  @Test
  void replacesTheHomeAddressByItsId() {
    Address moved = new Address(null, List.of(), "home", null, null, List.of("2 Road"), "Leeds", null, null,
        "LS2 7EE", null, null, null);

    PatientPatch patch = PatientPatch.builder(RECORD).replaceHomeAddress(moved).syncWait(Duration.ofMillis(2500))
        .build();

    assertThat(patch.json()).isEqualTo("{\"patches\":["
        + "{\"op\":\"test\",\"path\":\"/address/0/id\",\"value\":\"a1\"},"
        + "{\"op\":\"replace\",\"path\":\"/address/0\",\"value\":{\"use\":\"home\",\"line\":[\"2 Road\"],"
        + "\"city\":\"Leeds\",\"postalCode\":\"LS2 7EE\"}}]}");
    assertThat(patch.syncWait()).isEqualTo(Duration.ofMillis(2500));
    assertThat(patch).asString().contains("replace /address/0").doesNotContain("Leeds", "LS2");
  }

  @Test
  void theFirstItemOfAnAbsentListCreatesTheList() {
    Patient minimal = FhirJson.decode("{\"resourceType\":\"Patient\",\"id\":\"9000000033\"}", Patient.class);
    PatientRecord record = new PatientRecord(minimal, NhsNumber.of("9000000033"), "1");

    PatientPatch patch = PatientPatch.builder(record)
        .addTelecom(ContactPoint.of("phone", "01632960587", "mobile"))
        .addTelecom(ContactPoint.of("email", "a@b.c", "home"))
        .addAddress(Address.of("home", List.of("1 Road"), "LS1 6AE"))
        .build();

    assertThat(patch.json()).isEqualTo("{\"patches\":["
        + "{\"op\":\"add\",\"path\":\"/telecom\",\"value\":[{\"system\":\"phone\",\"value\":\"01632960587\","
        + "\"use\":\"mobile\"}]},"
        + "{\"op\":\"add\",\"path\":\"/telecom/-\",\"value\":{\"system\":\"email\",\"value\":\"a@b.c\","
        + "\"use\":\"home\"}},"
        + "{\"op\":\"add\",\"path\":\"/address\",\"value\":[{\"use\":\"home\",\"line\":[\"1 Road\"],"
        + "\"postalCode\":\"LS1 6AE\"}]}]}");
  }

  @Test
  void refusesPatchesPdsWouldReject() {
    assertThatIllegalArgumentException().isThrownBy(() -> PatientPatch.builder(RECORD).removeName("missing"));
    assertThatIllegalStateException().isThrownBy(() -> PatientPatch.builder(RECORD).build());
    assertThatIllegalStateException().isThrownBy(() -> PatientPatch.builder(RECORD).removeName("n1")
        .removeName("n1").build());
    assertThatIllegalArgumentException().isThrownBy(() -> PatientPatch.builder(RECORD)
        .syncWait(Duration.ofSeconds(30)));
  }
}
