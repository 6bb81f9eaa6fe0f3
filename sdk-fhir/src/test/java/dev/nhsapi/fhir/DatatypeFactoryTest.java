package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The factories for the datatypes PDS updates send most: addresses and contacts. */
class DatatypeFactoryTest {
  @Test
  void addressOfMakesTheShapePdsUpdatesSend() {
    Address home = Address.of("home", List.of("1 Trevelyan Square", "Leeds"), "LS1 6AE");

    assertThat(FhirJson.encode(Patient.builder().address(List.of(home)).build()))
        .isEqualTo("{\"resourceType\":\"Patient\",\"address\":[{\"use\":\"home\",\"line\":[\"1 Trevelyan Square\","
            + "\"Leeds\"],\"postalCode\":\"LS1 6AE\"}]}");
    assertThat(home.toString()).doesNotContain("Leeds").doesNotContain("LS1");
  }

  @Test
  void addressOfRefusesMissingParts() {
    assertThatThrownBy(() -> Address.of("home", List.of("1 Road"), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("postalCode == null");
    assertThatThrownBy(() -> Address.of(null, List.of("1 Road"), "LS1 6AE"))
        .isInstanceOf(NullPointerException.class).hasMessage("use == null");
  }

  @Test
  void contactPointOfMakesTheShapePdsUpdatesSend() {
    ContactPoint mobile = ContactPoint.of("phone", "07700 900123", "mobile");

    assertThat(FhirJson.encode(Patient.builder().telecom(List.of(mobile)).build()))
        .isEqualTo("{\"resourceType\":\"Patient\",\"telecom\":[{\"system\":\"phone\",\"value\":\"07700 900123\","
            + "\"use\":\"mobile\"}]}");
    assertThat(mobile.toString()).doesNotContain("07700");
    assertThatThrownBy(() -> ContactPoint.of("phone", null, "mobile")).isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }
}
