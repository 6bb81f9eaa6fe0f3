package dev.nhsapi.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code toString()} must be safe to log: no names, NHS numbers, postcodes, contact details or dates. */
class ResourceToStringTest {
  static Stream<String> fixtures() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void toStringOfEveryDecodedObjectShowsNoPatientValue(String fixture) {
    List<Object> objects = new ArrayList<>();
    collect(FhirJson.decode(Fixtures.read(fixture)), objects);

    assertThat(objects).isNotEmpty();
    for (Object object : objects) {
      String text = object.toString();
      for (String value : Fixtures.PATIENT_VALUES) {
        assertThat(text).as("%s.toString()", object.getClass().getSimpleName()).doesNotContain(value);
      }
    }
  }

  @Test
  void everyGuardedValueOccursInTheFixturesSoTheCheckIsNotVacuous() {
    String all = String.join("\n", Fixtures.all().stream().map(Fixtures::read).toList());

    assertThat(Fixtures.PATIENT_VALUES).allSatisfy(value -> assertThat(all).contains(value));
  }

  @Test
  void everyModelTypeTheRuleCoversIsReachedFromTheFixtures() {
    List<Object> objects = new ArrayList<>();
    for (String fixture : Fixtures.all()) {
      collect(FhirJson.decode(Fixtures.read(fixture)), objects);
    }

    assertThat(objects).extracting(object -> object.getClass().getSimpleName()).contains("Patient", "Bundle",
        "GenericResource", "HumanName", "Address", "Identifier", "ContactPoint", "Reference", "Extension", "Entry",
        "Period", "UnknownElements", "Immunization", "Performer", "ProtocolApplied");
  }

  @Test
  void resourceSummaryShowsTypeAndVersionButMasksTheId() {
    Patient patient = FhirJson.decode(Fixtures.read(Fixtures.PATIENT_FULL), Patient.class);
    Bundle bundle = FhirJson.decode(Fixtures.read(Fixtures.SEARCH_BUNDLE), Bundle.class);

    assertThat(patient).hasToString("Patient[id=***, version=5]");
    assertThat(bundle).hasToString("Bundle[id=none, version=null][entries=2]");
    assertThat(bundle.entry().get(0)).hasToString("Entry[Patient[id=***, version=4]]");
    assertThat(patient.contained().get(0)).hasToString("Organization[id=***, version=null]");
    assertThat(patient.name().get(0)).hasToString("HumanName[***]");
    assertThat(patient.unknown()).hasToString("UnknownElements[_birthDate, contact, futureElement]");
  }

  private static void collect(Resource resource, List<Object> out) {
    out.add(resource);
    out.add(resource.unknown());
    if (resource instanceof Patient patient) {
      patient.contained().forEach(contained -> collect(contained, out));
      extensions(patient.extension(), out);
      for (Identifier identifier : patient.identifier()) {
        identifier(identifier, out);
      }
      for (HumanName name : patient.name()) {
        out.add(name);
        out.add(name.unknown());
        period(name.period(), out);
      }
      for (ContactPoint telecom : patient.telecom()) {
        out.add(telecom);
        extensions(telecom.extension(), out);
        period(telecom.period(), out);
      }
      for (Address address : patient.address()) {
        address(address, out);
      }
      patient.generalPractitioner().forEach(gp -> reference(gp, out));
      if (patient.managingOrganization() != null) {
        reference(patient.managingOrganization(), out);
      }
    } else if (resource instanceof Immunization immunization) {
      immunization.contained().forEach(contained -> collect(contained, out));
      extensions(immunization.extension(), out);
      immunization.identifier().forEach(identifier -> identifier(identifier, out));
      reference(immunization.patient(), out);
      for (Immunization.Performer performer : immunization.performer()) {
        out.add(performer);
        reference(performer.actor(), out);
      }
      immunization.protocolApplied().forEach(out::add);
    } else if (resource instanceof Bundle bundle) {
      bundle.link().forEach(out::add);
      for (Bundle.Entry entry : bundle.entry()) {
        out.add(entry);
        if (entry.search() != null) {
          out.add(entry.search());
        }
        if (entry.resource() != null) {
          collect(entry.resource(), out);
        }
      }
    }
  }

  private static void extensions(List<Extension> extensions, List<Object> out) {
    for (Extension extension : extensions) {
      out.add(extension);
      out.add(extension.unknown());
      extension.value(Reference.class).ifPresent(reference -> reference(reference, out));
      extension.value(Address.class).ifPresent(address -> address(address, out));
      extension.value(Identifier.class).ifPresent(identifier -> identifier(identifier, out));
      extension.value(Period.class).ifPresent(out::add);
      extensions(extension.extension(), out);
    }
  }

  private static void identifier(Identifier identifier, List<Object> out) {
    out.add(identifier);
    extensions(identifier.extension(), out);
    period(identifier.period(), out);
  }

  private static void reference(Reference reference, List<Object> out) {
    out.add(reference);
    out.add(reference.unknown());
    if (reference.identifier() != null) {
      identifier(reference.identifier(), out);
    }
  }

  private static void address(Address address, List<Object> out) {
    out.add(address);
    extensions(address.extension(), out);
    period(address.period(), out);
  }

  private static void period(Period period, List<Object> out) {
    if (period != null) {
      out.add(period);
    }
  }
}
