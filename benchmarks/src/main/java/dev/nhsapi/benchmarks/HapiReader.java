package dev.nhsapi.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import java.net.URI;
import org.hl7.fhir.r4.model.Patient;

/**
 * The HAPI FHIR side: {@code FhirContext.forR4().newRestfulGenericClient(base)} with its default (Apache HttpClient)
 * client factory, and {@code client.read().resource(Patient.class).withId(id).execute()}. The one setting changed
 * is the server validation mode, NEVER instead of ONCE: the loopback server serves no CapabilityStatement at
 * {@code /metadata}, and the check would add a request the other sides do not make.
 */
final class HapiReader implements PatientReader {
  private final IGenericClient client;

  HapiReader(URI server) {
    FhirContext context = FhirContext.forR4();
    context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    client = context.newRestfulGenericClient(PatientReader.pdsBase(server));
  }

  @Override
  public String readFamily() {
    return client.read().resource(Patient.class).withId(NHS_NUMBER).execute().getNameFirstRep().getFamily();
  }

  @Override
  public void close() {
    // HAPI's generic client has no close; its pooled connections are released with the JVM.
  }
}
