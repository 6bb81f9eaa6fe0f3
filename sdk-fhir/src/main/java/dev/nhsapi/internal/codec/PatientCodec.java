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
import static dev.nhsapi.internal.codec.DatatypeCodecs.REFERENCE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.BOOLEAN;
import static dev.nhsapi.internal.codec.Primitives.DATE;
import static dev.nhsapi.internal.codec.Primitives.DATE_TIME;
import static dev.nhsapi.internal.codec.Primitives.INTEGER;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.Patient;

/** The codec of {@link Patient}. */
final class PatientCodec {
  private PatientCodec() {}

  static final ObjectCodec<Patient> PATIENT = ObjectCodec.<Patient>resource("Patient")
      .one("id", STRING)
      .one("meta", META)
      .one("text", NARRATIVE)
      .many("contained", RESOURCE)
      .many("extension", EXTENSION)
      .many("identifier", IDENTIFIER)
      .one("active", BOOLEAN)
      .many("name", HUMAN_NAME)
      .many("telecom", CONTACT_POINT)
      .one("gender", GENDER)
      .one("birthDate", DATE)
      .one("deceasedBoolean", BOOLEAN)
      .one("deceasedDateTime", DATE_TIME)
      .many("address", ADDRESS)
      .one("maritalStatus", CODEABLE_CONCEPT)
      .one("multipleBirthBoolean", BOOLEAN)
      .one("multipleBirthInteger", INTEGER)
      .many("generalPractitioner", REFERENCE)
      .one("managingOrganization", REFERENCE)
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
        case 9 -> m.gender();
        case 10 -> m.birthDate();
        case 11 -> m.deceasedBoolean();
        case 12 -> m.deceasedDateTime();
        case 13 -> m.address();
        case 14 -> m.maritalStatus();
        case 15 -> m.multipleBirthBoolean();
        case 16 -> m.multipleBirthInteger();
        case 17 -> m.generalPractitioner();
        case 18 -> m.managingOrganization();
        default -> throw new IndexOutOfBoundsException(i);
      }, v -> new Patient(v.next(), v.next(), v.next(), v.list(), v.list(), v.list(), v.next(), v.list(),
          v.list(), v.next(), v.next(), v.next(), v.next(), v.list(), v.next(), v.next(), v.next(), v.list(),
          v.next(), v.unknown()));
}
