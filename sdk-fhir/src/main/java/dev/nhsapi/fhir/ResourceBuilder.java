package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shared elements plus {@code active} and {@code telecom}, which the modelled organisations and people carry,
 * and their setters, for those resources' builders.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ResourceBuilder<B extends ResourceBuilder<B>> extends BaseResourceBuilder<B> {
  @Nullable Boolean active;
  List<ContactPoint> telecom = List.of();

  /**
   * Sets whether the record is in active use.
   *
   * @param active the flag, or null to remove it
   * @return this builder
   */
  public B active(@Nullable Boolean active) {
    this.active = active;
    return self();
  }

  /**
   * Sets the phone numbers, email addresses and other contacts.
   *
   * @param telecom the contacts (copied)
   * @return this builder
   */
  public B telecom(List<ContactPoint> telecom) {
    this.telecom = telecom == null ? List.of() : telecom;
    return self();
  }
}
