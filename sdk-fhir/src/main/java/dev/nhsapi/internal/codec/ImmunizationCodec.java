package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.CODEABLE_CONCEPT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.EXTENSION;
import static dev.nhsapi.internal.codec.DatatypeCodecs.IDENTIFIER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.DatatypeCodecs.NARRATIVE;
import static dev.nhsapi.internal.codec.DatatypeCodecs.QUANTITY;
import static dev.nhsapi.internal.codec.DatatypeCodecs.REFERENCE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.DATE;
import static dev.nhsapi.internal.codec.Primitives.DATE_TIME;
import static dev.nhsapi.internal.codec.Primitives.POSITIVE_INT;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.Immunization;

/** The codec of {@link Immunization}. */
final class ImmunizationCodec {
  private ImmunizationCodec() {}

  @SuppressWarnings("NullAway")
  static final ObjectCodec<Immunization.Performer> PERFORMER =
      ObjectCodec.<Immunization.Performer>datatype("Immunization.performer")
          .one("function", CODEABLE_CONCEPT)
          .one("actor", REFERENCE)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.function();
            case 1 -> m.actor();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Immunization.Performer(v.next(), v.next(), v.unknown()));

  static final ObjectCodec<Immunization.ProtocolApplied> PROTOCOL_APPLIED =
      ObjectCodec.<Immunization.ProtocolApplied>datatype("Immunization.protocolApplied")
          .one("series", STRING)
          .many("targetDisease", CODEABLE_CONCEPT)
          .one("doseNumberPositiveInt", POSITIVE_INT)
          .one("doseNumberString", STRING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.series();
            case 1 -> m.targetDisease();
            case 2 -> m.doseNumberPositiveInt();
            case 3 -> m.doseNumberString();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Immunization.ProtocolApplied(v.next(), v.list(), v.next(), v.next(), v.unknown()));

  static final ObjectCodec<Immunization> IMMUNIZATION =
      ObjectCodec.<Immunization>resource("Immunization")
          .one("id", STRING)
          .one("meta", META)
          .one("text", NARRATIVE)
          .many("contained", RESOURCE)
          .many("extension", EXTENSION)
          .many("identifier", IDENTIFIER)
          .one("status", STRING)
          .one("vaccineCode", CODEABLE_CONCEPT)
          .one("patient", REFERENCE)
          .one("occurrenceDateTime", DATE_TIME)
          .one("recorded", DATE_TIME)
          .one("primarySource", BOOLEAN)
          .one("location", REFERENCE)
          .one("manufacturer", REFERENCE)
          .one("lotNumber", STRING)
          .one("expirationDate", DATE)
          .one("site", CODEABLE_CONCEPT)
          .one("route", CODEABLE_CONCEPT)
          .one("doseQuantity", QUANTITY)
          .many("performer", PERFORMER)
          .many("reasonCode", CODEABLE_CONCEPT)
          .many("protocolApplied", PROTOCOL_APPLIED)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            case 2 -> m.text();
            case 3 -> m.contained();
            case 4 -> m.extension();
            case 5 -> m.identifier();
            case 6 -> m.status();
            case 7 -> m.vaccineCode();
            case 8 -> m.patient();
            case 9 -> m.occurrenceDateTime();
            case 10 -> m.recorded();
            case 11 -> m.primarySource();
            case 12 -> m.location();
            case 13 -> m.manufacturer();
            case 14 -> m.lotNumber();
            case 15 -> m.expirationDate();
            case 16 -> m.site();
            case 17 -> m.route();
            case 18 -> m.doseQuantity();
            case 19 -> m.performer();
            case 20 -> m.reasonCode();
            case 21 -> m.protocolApplied();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new Immunization(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.next(),
              v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
              v.next(), v.list(), v.list(), v.list(), v.unknown()));
}
