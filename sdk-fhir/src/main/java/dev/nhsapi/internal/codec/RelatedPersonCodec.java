package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.ADDRESS;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CODEABLE_CONCEPT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CONTACT_POINT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.EXTENSION;
import static dev.nhsapi.internal.codec.DatatypeCodecs.GENDER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.HUMAN_NAME;
import static dev.nhsapi.internal.codec.DatatypeCodecs.IDENTIFIER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.DatatypeCodecs.NARRATIVE;
import static dev.nhsapi.internal.codec.DatatypeCodecs.PERIOD;
import static dev.nhsapi.internal.codec.DatatypeCodecs.REFERENCE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.DATE;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.RelatedPerson;

/** The codec of {@link RelatedPerson}. */
final class RelatedPersonCodec {
  private RelatedPersonCodec() {}

  static final ObjectCodec<RelatedPerson> RELATED_PERSON =
      ObjectCodec.<RelatedPerson>resource("RelatedPerson")
          .one("id", STRING)
          .one("meta", META)
          .one("text", NARRATIVE)
          .many("contained", RESOURCE)
          .many("extension", EXTENSION)
          .many("identifier", IDENTIFIER)
          .one("active", BOOLEAN)
          .one("patient", REFERENCE)
          .many("relationship", CODEABLE_CONCEPT)
          .many("name", HUMAN_NAME)
          .many("telecom", CONTACT_POINT)
          .one("gender", GENDER)
          .one("birthDate", DATE)
          .many("address", ADDRESS)
          .one("period", PERIOD)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            case 2 -> m.text();
            case 3 -> m.contained();
            case 4 -> m.extension();
            case 5 -> m.identifier();
            case 6 -> m.active();
            case 7 -> m.patient();
            case 8 -> m.relationship();
            case 9 -> m.name();
            case 10 -> m.telecom();
            case 11 -> m.gender();
            case 12 -> m.birthDate();
            case 13 -> m.address();
            case 14 -> m.period();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new RelatedPerson(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.next(),
              v.list(), v.list(), v.list(), v.next(), v.next(), v.list(), v.next(), v.unknown()));
}
