package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsDecodeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regressions found by {@link HostileResponseFuzzTest}: what a hostile document can put into a message. */
class HostileDocumentTest {
  @ParameterizedTest
  @ValueSource(strings = {"Pa\\ntient", "patient", "Trevithick Elowen", "Pat\\ud800ient", ""})
  void aResourceTypeThatIsNoTypeNameIsRefusedWithoutRepeatingIt(String type) {
    String json = "{\"resourceType\":\"" + type + "\",\"id\":\"1\"}";

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("not valid FHIR JSON: resourceType is not a FHIR type name at path $.resourceType");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":\"1\",\"resourceType\":\"%s\"}", "{\"resourceType\":\"%s\"}"})
  void aHugeResourceTypeIsRefusedWithoutRepeatingIt(String template) {
    String json = template.formatted("X".repeat(100_000));

    assertThatThrownBy(() -> FhirJson.decode(json, Patient.class))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessageContaining("resourceType is not a FHIR type name")
        .hasMessageNotContaining("XX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"na\\nme", "na\\rme", "na\\u2028me", "na\\u0000me"})
  void aMemberNameWithLineBreaksLeavesTheMessageOnOneLine(String name) {
    String json = "{\"resourceType\":\"Patient\",\"" + name + "\":[}";

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .hasMessage("malformed JSON at path $.na?me[0]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"resourceType\":\"Patient\",\"%s\":[}", "{\"resourceType\":\"Patient\",\"%s\":{\"a\":}}"
  })
  void aHugeMemberNameLeavesTheMessageBounded(String template) {
    String json = template.formatted("n".repeat(100_000));

    assertThatThrownBy(() -> FhirJson.decode(json))
        .isInstanceOf(NhsDecodeException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300)
            .endsWith("..."));
  }
}
