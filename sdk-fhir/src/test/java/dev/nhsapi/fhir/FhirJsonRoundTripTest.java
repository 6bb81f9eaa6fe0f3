package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FhirJsonRoundTripTest {
  static List<String> fixtures() {
    return Fixtures.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void encodeWritesBackEveryMemberAndNumberLiteralOfTheDocument(String fixture) {
    String json = Fixtures.read(fixture);

    String encoded = FhirJson.encode(FhirJson.decode(json));

    assertThat(LiteralJson.difference(LiteralJson.parse(json), LiteralJson.parse(encoded))).isEmpty();
    assertThat(LiteralJson.parse(encoded)).isEqualTo(LiteralJson.parse(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void decodingTheEncodedResourceGivesAnEqualResource(String fixture) {
    Resource resource = FhirJson.decode(Fixtures.read(fixture));

    Resource again = FhirJson.decode(FhirJson.encode(resource));

    assertThat(again).isEqualTo(resource);
    assertThat(again.hashCode()).isEqualTo(resource.hashCode());
    assertThat(again.getClass()).isEqualTo(resource.getClass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void encodingIsStable(String fixture) {
    Resource resource = FhirJson.decode(Fixtures.read(fixture));

    String first = FhirJson.encode(resource);
    String second = FhirJson.encode(resource);
    String ofReDecoded = FhirJson.encode(FhirJson.decode(first));

    assertThat(second).isEqualTo(first);
    assertThat(ofReDecoded).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureIsPrettyPrintedJsonWithoutDuplicateMembers(String fixture) {
    String json = Fixtures.read(fixture);

    assertThat(json).startsWith("{\n  \"resourceType\": ");
    assertThat(LiteralJson.compact(json)).doesNotContain("\n"); // parses strictly, duplicates fail
  }

  @Test
  void fixturesCoverPatientsBundlesAndEveryPdsErrorShape() {
    assertThat(Fixtures.all()).contains(Fixtures.PATIENT_FULL, Fixtures.PATIENT_RESTRICTED, Fixtures.PATIENT_MINIMAL,
        Fixtures.SEARCH_BUNDLE, Fixtures.RELATED_PERSON_BUNDLE);
    assertThat(Fixtures.outcomes()).contains("outcome-resource-not-found.json", "outcome-invalid-resource-id.json",
        "outcome-invalid-value.json", "outcome-resource-version-mismatch.json", "outcome-too-many-matches.json",
        "outcome-access-denied.json");
  }

  @Test
  void fullPatientHoldsTheLiteralsTheRoundTripMustKeep() {
    String json = Fixtures.read(Fixtures.PATIENT_FULL);

    assertThat(json).contains("\"value\": 36.50", "\"recordedScore\": 1.50", "-0.0010", "0.00000050", "2.000",
        "12345678901234567890123", "\"_birthDate\"", "\"_given\"", "\"contact\"", "\"contained\"", "\"valueAge\"");
    Map<?, ?> bundle = (Map<?, ?>) LiteralJson.parse(Fixtures.read(Fixtures.SEARCH_BUNDLE));
    List<Object> scores = ((List<?>) bundle.get("entry")).stream()
        .map(entry -> ((Map<?, ?>) ((Map<?, ?>) entry).get("search")).get("score")).map(Object.class::cast).toList();
    assertThat(scores).containsExactly(new LiteralJson.NumberLiteral("1"), new LiteralJson.NumberLiteral("0.8976"));
  }

  @Test
  void literalComparisonTellsTrailingZerosApartAndIgnoresMemberOrder() {
    assertThat(LiteralJson.parse("{\"a\":1.50}")).isNotEqualTo(LiteralJson.parse("{\"a\":1.5}"));
    assertThat(LiteralJson.parse("{\"a\":1}")).isNotEqualTo(LiteralJson.parse("{\"a\":1.0}"));
    assertThat(LiteralJson.parse("{\"a\":1}")).isNotEqualTo(LiteralJson.parse("{\"a\":\"1\"}"));
    assertThat(LiteralJson.parse("{\"a\":null}")).isNotEqualTo(LiteralJson.parse("{}"));
    assertThat(LiteralJson.parse("{\"a\":[1,2]}")).isNotEqualTo(LiteralJson.parse("{\"a\":[2,1]}"));
    assertThat(LiteralJson.parse("{\"a\":1,\"b\":[true,null]}"))
        .isEqualTo(LiteralJson.parse("{ \"b\" : [ true , null ] , \"a\" : 1 }"));
    assertThat(LiteralJson.difference(LiteralJson.parse("{\"a\":{\"b\":[1.50]}}"),
        LiteralJson.parse("{\"a\":{\"b\":[1.5]}}"))).contains("$.a.b[0] is NumberLiteral[literal=1.5], expected "
            + "NumberLiteral[literal=1.50]");
  }
}
