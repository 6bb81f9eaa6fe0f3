package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.ADDRESS;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CONTACT_POINT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.EXTENSION;
import static dev.nhsapi.internal.codec.DatatypeCodecs.GENDER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.HUMAN_NAME;
import static dev.nhsapi.internal.codec.DatatypeCodecs.IDENTIFIER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.DatatypeCodecs.NARRATIVE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.DATE;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.Practitioner;

/** The codec of {@link Practitioner}. */
final class PractitionerCodec {
  private PractitionerCodec() {}

  static final ObjectCodec<Practitioner> PRACTITIONER =
      ObjectCodec.<Practitioner>resource("Practitioner")
          .one("id", STRING)
          .one("meta", META)
          .one("text", NARRATIVE)
          .many("contained", RESOURCE)
          .many("extension", EXTENSION)
          .many("identifier", IDENTIFIER)
          .one("active", BOOLEAN)
          .many("name", HUMAN_NAME)
          .many("telecom", CONTACT_POINT)
          .many("address", ADDRESS)
          .one("gender", GENDER)
          .one("birthDate", DATE)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            case 2 -> m.text();
            case 3 -> m.contained();
            case 4 -> m.extension();
            case 5 -> m.identifier();
            case 6 -> m.active();
            case 7 -> m.name();
            case 8 -> m.telecom();
            case 9 -> m.address();
            case 10 -> m.gender();
            case 11 -> m.birthDate();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Practitioner(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
              v.list(), v.list(), v.next(), v.next(), v.unknown()));
}
