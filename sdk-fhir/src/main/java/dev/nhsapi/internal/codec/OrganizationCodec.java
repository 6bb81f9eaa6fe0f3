package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.ADDRESS;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CODEABLE_CONCEPT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CONTACT_POINT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.EXTENSION;
import static dev.nhsapi.internal.codec.DatatypeCodecs.IDENTIFIER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.DatatypeCodecs.NARRATIVE;
import static dev.nhsapi.internal.codec.DatatypeCodecs.REFERENCE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.Organization;

/** The codec of {@link Organization}. */
final class OrganizationCodec {
  private OrganizationCodec() {}

  static final ObjectCodec<Organization> ORGANIZATION =
      ObjectCodec.<Organization>resource("Organization")
          .one("id", STRING)
          .one("meta", META)
          .one("text", NARRATIVE)
          .many("contained", RESOURCE)
          .many("extension", EXTENSION)
          .many("identifier", IDENTIFIER)
          .one("active", BOOLEAN)
          .many("type", CODEABLE_CONCEPT)
          .one("name", STRING)
          .many("alias", STRING)
          .many("telecom", CONTACT_POINT)
          .many("address", ADDRESS)
          .one("partOf", REFERENCE)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            case 2 -> m.text();
            case 3 -> m.contained();
            case 4 -> m.extension();
            case 5 -> m.identifier();
            case 6 -> m.active();
            case 7 -> m.type();
            case 8 -> m.name();
            case 9 -> m.alias();
            case 10 -> m.telecom();
            case 11 -> m.address();
            case 12 -> m.partOf();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Organization(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
              v.next(), v.list(), v.list(), v.list(), v.next(), v.unknown()));
}
