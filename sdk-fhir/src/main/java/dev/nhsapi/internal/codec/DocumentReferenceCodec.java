package dev.nhsapi.internal.codec;

import static dev.nhsapi.internal.codec.DatatypeCodecs.ATTACHMENT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CODEABLE_CONCEPT;
import static dev.nhsapi.internal.codec.DatatypeCodecs.CODING;
import static dev.nhsapi.internal.codec.DatatypeCodecs.EXTENSION;
import static dev.nhsapi.internal.codec.DatatypeCodecs.IDENTIFIER;
import static dev.nhsapi.internal.codec.DatatypeCodecs.META;
import static dev.nhsapi.internal.codec.DatatypeCodecs.NARRATIVE;
import static dev.nhsapi.internal.codec.DatatypeCodecs.PERIOD;
import static dev.nhsapi.internal.codec.DatatypeCodecs.REFERENCE;
import static dev.nhsapi.internal.codec.FhirCodecs.RESOURCE;
import static dev.nhsapi.internal.codec.Primitives.DATE_TIME;
import static dev.nhsapi.internal.codec.Primitives.STRING;

import dev.nhsapi.fhir.DocumentReference;

/** The codec of {@link DocumentReference}. */
final class DocumentReferenceCodec {
  private DocumentReferenceCodec() {}

  static final ObjectCodec<DocumentReference.RelatesTo> RELATES_TO =
      ObjectCodec.<DocumentReference.RelatesTo>datatype("DocumentReference.relatesTo")
          .one("code", STRING)
          .one("target", REFERENCE)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.code();
            case 1 -> m.target();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new DocumentReference.RelatesTo(v.next(), v.next(), v.unknown()));

  static final ObjectCodec<DocumentReference.Content> CONTENT =
      ObjectCodec.<DocumentReference.Content>datatype("DocumentReference.content")
          .one("attachment", ATTACHMENT)
          .one("format", CODING)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.attachment();
            case 1 -> m.format();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new DocumentReference.Content(v.next(), v.next(), v.unknown()));

  static final ObjectCodec<DocumentReference.Context> CONTEXT =
      ObjectCodec.<DocumentReference.Context>datatype("DocumentReference.context")
          .many("encounter", REFERENCE)
          .many("event", CODEABLE_CONCEPT)
          .one("period", PERIOD)
          .one("facilityType", CODEABLE_CONCEPT)
          .one("practiceSetting", CODEABLE_CONCEPT)
          .one("sourcePatientInfo", REFERENCE)
          .many("related", REFERENCE)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.encounter();
            case 1 -> m.event();
            case 2 -> m.period();
            case 3 -> m.facilityType();
            case 4 -> m.practiceSetting();
            case 5 -> m.sourcePatientInfo();
            case 6 -> m.related();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new DocumentReference.Context(v.list(), v.list(), v.next(), v.next(), v.next(), v.next(), v.list(),
              v.unknown()));

  static final ObjectCodec<DocumentReference> DOCUMENT_REFERENCE =
      ObjectCodec.<DocumentReference>resource("DocumentReference")
          .one("id", STRING)
          .one("meta", META)
          .one("text", NARRATIVE)
          .many("contained", RESOURCE)
          .many("extension", EXTENSION)
          .one("masterIdentifier", IDENTIFIER)
          .many("identifier", IDENTIFIER)
          .one("status", STRING)
          .one("docStatus", STRING)
          .one("type", CODEABLE_CONCEPT)
          .many("category", CODEABLE_CONCEPT)
          .one("subject", REFERENCE)
          .one("date", DATE_TIME)
          .many("author", REFERENCE)
          .one("authenticator", REFERENCE)
          .one("custodian", REFERENCE)
          .many("relatesTo", RELATES_TO)
          .one("description", STRING)
          .many("securityLabel", CODEABLE_CONCEPT)
          .many("content", CONTENT)
          .one("context", CONTEXT)
          .build((m, i) -> switch (i) {
            case ObjectCodec.Getters.UNKNOWN -> m.unknown();
            case 0 -> m.id();
            case 1 -> m.meta();
            case 2 -> m.text();
            case 3 -> m.contained();
            case 4 -> m.extension();
            case 5 -> m.masterIdentifier();
            case 6 -> m.identifier();
            case 7 -> m.status();
            case 8 -> m.docStatus();
            case 9 -> m.type();
            case 10 -> m.category();
            case 11 -> m.subject();
            case 12 -> m.date();
            case 13 -> m.author();
            case 14 -> m.authenticator();
            case 15 -> m.custodian();
            case 16 -> m.relatesTo();
            case 17 -> m.description();
            case 18 -> m.securityLabel();
            case 19 -> m.content();
            case 20 -> m.context();
            default -> throw new IndexOutOfBoundsException(i);
          }, v -> new DocumentReference(v.next(), v.next(), v.next(), v.list(), v.list(), v.next(), v.list(),
              v.next(), v.next(), v.next(), v.list(), v.next(), v.next(), v.list(), v.next(), v.next(), v.list(),
              v.next(), v.list(), v.list(), v.next(), v.unknown()));
}
