package dev.nhsapi.fhir;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A measured amount. A FHIR R4 datatype.
 *
 * @param value the amount, scale preserved
 * @param comparator {@code <}, {@code <=}, {@code >=} or {@code >}
 * @param unit the unit as text
 * @param system the unit's code system
 * @param code the unit's code
 * @param unknown the members the SDK does not model, kept for a lossless round trip
 */
public record Quantity(
    @Nullable BigDecimal value,
    @Nullable String comparator,
    @Nullable String unit,
    @Nullable String system,
    @Nullable String code,
    UnknownElements unknown) {
  /**
   * Copies lists and fills absent lists and unknown members with empty ones.
   *
   * @param value the amount, scale preserved
   * @param comparator {@code <}, {@code <=}, {@code >=} or {@code >}
   * @param unit the unit as text
   * @param system the unit's code system
   * @param code the unit's code
   * @param unknown the members the SDK does not model
   */
  public Quantity {
    unknown = unknown == null ? UnknownElements.none() : unknown;
  }

  /** Shows no values: they may identify a patient. */
  @Override
  public String toString() {
    return "Quantity[***]";
  }
}
