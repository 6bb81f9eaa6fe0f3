package dev.nhsapi.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
  @Test
  void keepsTheOrderAddedWithARepeatedNameOncePerValue() {
    QueryParameters parameters = QueryParameters.builder().add("roleCode", "RO177").add("name", "Leeds")
        .add("roleCode", "RO182").build();

    assertThat(parameters.entries()).containsExactly(Map.entry("roleCode", "RO177"), Map.entry("name", "Leeds"),
        Map.entry("roleCode", "RO182"));
    assertThat(parameters.names()).containsExactly("roleCode", "name", "roleCode");
  }

  @Test
  void addsASetValueAsItsStringAndLeavesAnUnsetOneOut() {
    QueryParameters parameters = QueryParameters.builder().addIfSet("from", LocalDate.of(2025, 1, 31))
        .addIfSet("to", null).addIfSet("synonyms", true).build();

    assertThat(parameters.entries()).containsExactly(Map.entry("from", "2025-01-31"), Map.entry("synonyms", "true"));
  }

  @Test
  void joinsSeveralValuesWithCommasAndAddsNothingForNone() {
    QueryParameters parameters = QueryParameters.builder().addJoined("target", List.of("FLU", "RSV"))
        .addJoined("empty", List.of()).build();

    assertThat(parameters.entries()).containsExactly(Map.entry("target", "FLU,RSV"));
  }

  @Test
  void refusesASecondValueOfAParameterTakenOnce() {
    QueryParameters.Builder builder = QueryParameters.builder().addOnce("type", "1");

    assertThatIllegalArgumentException().isThrownBy(() -> builder.addOnce("type", "2"))
        .withMessage("type is already set: the API takes one value of it");
    assertThat(builder.addOnce("category", "3").build().entries())
        .containsExactly(Map.entry("type", "1"), Map.entry("category", "3"));
  }

  @Test
  void showsNamesOnlySinceValuesMayBePatientData() {
    assertThat(QueryParameters.builder().add("patient.identifier", "9000000009").build())
        .hasToString("[patient.identifier]");
  }

  @Test
  void refusesNullNamesAndValues() {
    assertThatNullPointerException().isThrownBy(() -> QueryParameters.builder().add(null, "a"))
        .withMessage("name == null");
    assertThatNullPointerException().isThrownBy(() -> QueryParameters.builder().add("a", null))
        .withMessage("value == null");
  }
}
