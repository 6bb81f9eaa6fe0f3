package dev.nhsapi.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The elements of the modelled resources that are in active use and have contacts (organisations, people,
 * roles), on top of those {@link DomainResourceBuilder} holds.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ResourceBuilder<B extends ResourceBuilder<B>> extends DomainResourceBuilder<B> {
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
