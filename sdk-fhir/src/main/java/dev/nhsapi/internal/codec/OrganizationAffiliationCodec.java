package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.CODEABLE_CONCEPT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CONTACT_POINT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.EXTENSION;
import static dev.nhsapi.internal.codec.DatatypeCodecs.IDENTIFIER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.DatatypeCodecs.NARRATIVE;
import static dev.nhsapi.internal.codec.DatatypeCodecs.PERIOD;
import static dev.nhsapi.internal.codec.DatatypeCodecs.REFERENCE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.OrganizationAffiliation;

/** The codec of {@link OrganizationAffiliation}. */
final class OrganizationAffiliationCodec {
  private OrganizationAffiliationCodec() {}

  static final ObjectCodec<OrganizationAffiliation> ORGANIZATION_AFFILIATION =
      ObjectCodec.<OrganizationAffiliation>resource("OrganizationAffiliation")
          .one("id", STRING)
          .one("meta", META)
          .one("text", NARRATIVE)
          .many("contained", RESOURCE)
          .many("extension", EXTENSION)
          .many("identifier", IDENTIFIER)
          .one("active", BOOLEAN)
          .one("period", PERIOD)
          .one("organization", REFERENCE)
          .one("participatingOrganization", REFERENCE)
          .many("network", REFERENCE)
          .many("code", CODEABLE_CONCEPT)
          .many("specialty", CODEABLE_CONCEPT)
          .many("location", REFERENCE)
          .many("telecom", CONTACT_POINT)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            case 2 -> m.text();
            case 3 -> m.contained();
            case 4 -> m.extension();
            case 5 -> m.identifier();
            case 6 -> m.active();
            case 7 -> m.period();
            case 8 -> m.organization();
            case 9 -> m.participatingOrganization();
            case 10 -> m.network();
            case 11 -> m.code();
            case 12 -> m.specialty();
            case 13 -> m.location();
            case 14 -> m.telecom();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new OrganizationAffiliation(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(),
              v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.list(), v.list(), v.unknown()));
}
