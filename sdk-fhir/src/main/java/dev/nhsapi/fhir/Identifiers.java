package dev.nhsapi.fhir;

import java.util.List;
import java.util.Optional;

/** Looks up identifiers by system, for the resources' typed accessors such as {@link Organization#odsCode()}. */
final class Identifiers {
  private Identifiers() {}

  /**
   * Returns the value of the first identifier with the given system and a value.
   *
   * @param identifiers the identifiers to search
   * @param system the identifier system
   * @return the value, or empty if no identifier matches
   */
  static Optional<String> valueOf(List<Identifier> identifiers, String system) {
    return identifiers.stream()
        .filter(i -> system.equals(i.system()))
        .map(Identifier::value)
        .filter(v -> v != null)
        .findFirst();
  }
}
