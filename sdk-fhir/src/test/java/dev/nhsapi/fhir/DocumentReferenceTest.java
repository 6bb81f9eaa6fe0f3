package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class DocumentReferenceTest {
  static final String POINTER = """
      {
        "resourceType": "DocumentReference",
        "id": "RX9-crisis-0042",
        "meta": {"versionId": "2", "profile": ["https://fhir.nhs.uk/England/StructureDefinition/NRL-DocumentReference"]},
        "implicitRules": "https://example.org/rules",
        "masterIdentifier": {"system": "urn:ietf:rfc:3986", "value": "urn:oid:1.2.826.0.1.99.42"},
        "identifier": [{"system": "urn:ietf:rfc:3986", "value": "urn:oid:1.2.826.0.1.99.42.1"}],
        "status": "current",
        "docStatus": "final",
        "type": {"coding": [{"system": "http://snomed.info/sct", "code": "736253002",
                             "display": "Mental health crisis plan"}]},
        "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "734163000", "display": "Care plan"}]}],
        "subject": {"identifier": {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9000000009"}},
        "date": "2025-03-14T09:30:00.000Z",
        "author": [{"identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RX9"}}],
        "authenticator": {"identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RX9"}},
        "custodian": {"identifier": {"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RX9"}},
        "relatesTo": [{"code": "replaces", "target": {"identifier": {"value": "RX9-crisis-0041"}}}],
        "description": "Crisis plan agreed with the community team",
        "securityLabel": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
                                       "code": "V"}]}],
        "content": [
          {
            "attachment": {"contentType": "application/pdf", "url": "https://records.example.nhs.uk/crisis/42.pdf",
                           "title": "Crisis plan", "creation": "2025-03-14T09:00:00Z"},
            "format": {"system": "https://fhir.nhs.uk/England/CodeSystem/England-NRLFormatCode",
                       "code": "urn:nhs-ic:unstructured", "display": "Unstructured document"},
            "extension": [{"url": "https://example.org/retrieval", "valueString": "SSP"}]
          }
        ],
        "context": {
          "encounter": [{"identifier": {"value": "enc-7"}}],
          "event": [{"coding": [{"system": "http://snomed.info/sct", "code": "305625009"}]}],
          "period": {"start": "2025-03-14T08:00:00Z", "end": "2025-03-14T09:00:00Z"},
          "facilityType": {"coding": [{"system": "http://snomed.info/sct", "code": "14866005"}]},
          "practiceSetting": {"coding": [{"system": "http://snomed.info/sct", "code": "394587001",
                                          "display": "Psychiatry"}]},
          "sourcePatientInfo": {"identifier": {"value": "local-77"}},
          "related": [{"identifier": {"system": "https://fhir.nhs.uk/Id/nhsSpineASID", "value": "200000000123"}}]
        }
      }
      """;

  @Test
  void decodesTypedElements() {
    DocumentReference pointer = FhirJson.decode(POINTER, DocumentReference.class);

    assertThat(pointer.resourceType()).isEqualTo("DocumentReference");
    assertThat(pointer.id()).isEqualTo("RX9-crisis-0042");
    assertThat(pointer.versionId()).isEqualTo("2");
    assertThat(pointer.masterIdentifier().value()).isEqualTo("urn:oid:1.2.826.0.1.99.42");
    assertThat(pointer.identifier()).singleElement().satisfies(i -> assertThat(i.value()).endsWith(".42.1"));
    assertThat(pointer.status()).isEqualTo("current");
    assertThat(pointer.docStatus()).isEqualTo("final");
    assertThat(pointer.category()).singleElement()
        .satisfies(c -> assertThat(c.coding().get(0).code()).isEqualTo("734163000"));
    assertThat(pointer.date()).isEqualTo(new FhirDateTime("2025-03-14T09:30:00.000Z"));
    assertThat(pointer.author()).singleElement().satisfies(a -> assertThat(a.identifier().value()).isEqualTo("RX9"));
    assertThat(pointer.authenticator().identifier().value()).isEqualTo("RX9");
    assertThat(pointer.relatesTo()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("replaces");
      assertThat(r.target().identifier().value()).isEqualTo("RX9-crisis-0041");
    });
    assertThat(pointer.description()).startsWith("Crisis plan");
    assertThat(pointer.securityLabel()).singleElement()
        .satisfies(l -> assertThat(l.coding().get(0).code()).isEqualTo("V"));
    DocumentReference.Content content = pointer.content().get(0);
    assertThat(content.attachment().contentType()).isEqualTo("application/pdf");
    assertThat(content.attachment().title()).isEqualTo("Crisis plan");
    assertThat(content.attachment().creation()).isEqualTo(new FhirDateTime("2025-03-14T09:00:00Z"));
    assertThat(content.format().code()).isEqualTo("urn:nhs-ic:unstructured");
    assertThat(content.unknown().names()).containsExactly("extension");
    DocumentReference.Context context = pointer.context();
    assertThat(context.encounter()).extracting(r -> r.identifier().value()).containsExactly("enc-7");
    assertThat(context.event()).singleElement()
        .satisfies(e -> assertThat(e.coding().get(0).code()).isEqualTo("305625009"));
    assertThat(context.period().end()).isEqualTo(new FhirDateTime("2025-03-14T09:00:00Z"));
    assertThat(context.facilityType().coding().get(0).code()).isEqualTo("14866005");
    assertThat(context.practiceSetting().coding().get(0).display()).isEqualTo("Psychiatry");
    assertThat(context.sourcePatientInfo().identifier().value()).isEqualTo("local-77");
    assertThat(context.related()).singleElement()
        .satisfies(r -> assertThat(r.identifier().value()).isEqualTo("200000000123"));
  }

  @Test
  void typedAccessorsReadTheNrlIdentifiers() {
    DocumentReference pointer = FhirJson.decode(POINTER, DocumentReference.class);

    assertThat(pointer.subjectNhsNumber()).contains("9000000009");
    assertThat(pointer.custodianOdsCode()).contains("RX9");
    assertThat(pointer.typeCode()).contains("736253002");
    assertThat(pointer.attachmentUrl()).contains("https://records.example.nhs.uk/crisis/42.pdf");
  }

  @Test
  void typedAccessorsAreEmptyWhenTheElementIsAbsentOrOfAnotherSystem() {
    Reference local = new Reference("Patient/1", null, new Identifier(null, null, null, null, "urn:local", "1",
        null, null, null), null, null);
    DocumentReference other = DocumentReference.builder()
        .subject(local).custodian(local)
        .type(new CodeableConcept(List.of(new Coding("http://loinc.org", null, "34108-1", null, null, null)), null,
            null))
        .content(List.of(new DocumentReference.Content(null, null, null)))
        .build();

    assertThat(other.subjectNhsNumber()).isEmpty();
    assertThat(other.custodianOdsCode()).isEmpty();
    assertThat(other.typeCode()).isEmpty();
    assertThat(other.attachmentUrl()).isEmpty();
    DocumentReference empty = DocumentReference.builder().build();
    assertThat(empty.subjectNhsNumber()).isEmpty();
    assertThat(empty.custodianOdsCode()).isEmpty();
    assertThat(empty.typeCode()).isEmpty();
    assertThat(empty.attachmentUrl()).isEmpty();
  }

  @Test
  void keepsUnmodelledElementsAsUnknown() {
    DocumentReference pointer = FhirJson.decode(POINTER, DocumentReference.class);

    assertThat(pointer.unknown().names()).containsExactly("implicitRules");
  }

  @Test
  void roundTripsLosslessly() throws IOException {
    DocumentReference pointer = FhirJson.decode(POINTER, DocumentReference.class);
    String encoded = FhirJson.encode(pointer);

    assertThat(tree(encoded)).isEqualTo(tree(POINTER));
    assertThat(FhirJson.decode(encoded, DocumentReference.class)).isEqualTo(pointer);
    assertThat(FhirJson.decode(POINTER)).isInstanceOf(DocumentReference.class);
  }

  @Test
  void toStringShowsNoPersonalData() {
    DocumentReference pointer = FhirJson.decode(POINTER, DocumentReference.class);

    assertThat(pointer.toString()).isEqualTo("DocumentReference[id=***, version=2]");
    assertThat(List.of(pointer.content().get(0), pointer.context(), pointer.relatesTo().get(0)).toString())
        .doesNotContain("9000000009", "records.example", "local-77", "RX9-crisis");
  }

  @Test
  void toBuilderChangesOneElementAndKeepsTheRest() {
    DocumentReference pointer = FhirJson.decode(POINTER, DocumentReference.class);

    DocumentReference superseded = pointer.toBuilder().status("superseded").build();

    assertThat(superseded.status()).isEqualTo("superseded");
    assertThat(superseded.unknown()).isEqualTo(pointer.unknown());
    assertThat(superseded.toBuilder().status("current").build()).isEqualTo(pointer);
  }

  private static Object tree(String json) throws IOException {
    Object tree = JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    assertThat(tree).isInstanceOf(Map.class);
    return tree;
  }
}
