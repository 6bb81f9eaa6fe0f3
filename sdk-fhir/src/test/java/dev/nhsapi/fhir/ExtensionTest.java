package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsDecodeException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtensionTest {
  /** A JSON value of each modelled {@code value[x]} type; a type added to the model needs one here. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("String", "\"text\""), Map.entry("Code", "\"R\""), Map.entry("Uri", "\"urn:oid:2.16.840.1\""),
      Map.entry("Url", "\"https://example.org/a\""), Map.entry("Id", "\"a-1\""), Map.entry("Boolean", "true"),
      Map.entry("Integer", "-3"), Map.entry("PositiveInt", "2"), Map.entry("Decimal", "1.50"),
      Map.entry("Date", "\"2010-10\""), Map.entry("DateTime", "\"2024-06-18T14:32:05+01:00\""),
      Map.entry("Instant", "\"2024-06-18T14:32:05.123Z\""), Map.entry("Coding", "{\"system\":\"s\",\"code\":\"c\"}"),
      Map.entry("CodeableConcept", "{\"text\":\"t\"}"), Map.entry("Reference", "{\"reference\":\"Patient/1\"}"),
      Map.entry("Identifier", "{\"system\":\"s\",\"value\":\"v\"}"), Map.entry("Period", "{\"start\":\"2020\"}"),
      Map.entry("Address", "{\"city\":\"Leeds\"}"), Map.entry("HumanName", "{\"family\":\"Smith\"}"),
      Map.entry("ContactPoint", "{\"system\":\"phone\",\"value\":\"0113 496 0000\"}"),
      Map.entry("Quantity", "{\"value\":0.5,\"unit\":\"mL\"}"),
      Map.entry("Attachment", "{\"url\":\"https://example.org/a.pdf\"}"));

  static Stream<String> modelledValueTypes() {
    return Extension.VALUE_TYPES.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("modelledValueTypes")
  void everyModelledValueTypeReadsAsItsJavaTypeAndWritesBackUnchanged(String type) {
    assertThat(SAMPLES).containsKey(type);
    String json = patientWithExtensionValue("value" + type + "\":" + SAMPLES.get(type));

    Patient patient = FhirJson.decode(json, Patient.class);

    Extension extension = patient.extension().get(0);
    assertThat(extension.valueType()).isEqualTo(type);
    assertThat(extension.value()).isInstanceOf(Extension.VALUE_TYPES.get(type));
    assertThat(extension.unknown().isEmpty()).isTrue();
    assertThat(FhirJson.encode(patient)).isEqualTo(json);
  }

  @Test
  void valuePositiveIntRefusesZeroWhereValueIntegerTakesIt() {
    assertThat(FhirJson.decode(patientWithExtensionValue("valueInteger\":0"), Patient.class).extension().get(0)
        .value()).isEqualTo(0);
    assertThatThrownBy(() -> FhirJson.decode(patientWithExtensionValue("valuePositiveInt\":0"), Patient.class))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("positiveInt");
  }

  private static String patientWithExtensionValue(String member) {
    return "{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"https://example.org/x\",\"" + member + "}]}";
  }
}
