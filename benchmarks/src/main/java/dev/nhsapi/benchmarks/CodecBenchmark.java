package dev.nhsapi.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import dev.nhsapi.fhir.Bundle;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Patient;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the SDK's FHIR JSON codec ({@link FhirJson}) costs against two baselines, on the same documents: a ~4 KB PDS
 * Patient and a 50-entry PDS {@code searchset} Bundle of such patients (see {@link Documents}).
 *
 * <ul>
 *   <li>{@code *Sdk}: {@link FhirJson#decode(String, Class)} and {@link FhirJson#encode}: every element typed, the
 *       rest kept for a lossless round trip.
 *   <li>{@code *MoshiMinimal}: a hand-written Moshi {@code JsonReader} loop into minimal records of the fields an
 *       application uses ({@link MinimalMoshi}), the floor for a Moshi-based decoder.
 *   <li>{@code *Hapi}: HAPI FHIR's R4 JSON {@link IParser}, built once from one {@link FhirContext} (the parser is not
 *       thread-safe; the benchmarks run on one thread).
 * </ul>
 *
 * <p>All read from a {@code String} already in memory. Run with {@code -prof gc} for the allocation per operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class CodecBenchmark {
  /** Entries in the search Bundle. */
  static final int BUNDLE_ENTRIES = 50;

  private String patientJson;
  private String bundleJson;
  private Patient sdkPatient;
  private org.hl7.fhir.r4.model.Patient hapiPatient;
  private IParser hapiParser;

  /**
   * Builds the documents and the HAPI parser, and checks that the three decoders read the same values.
   *
   * @throws IOException if the Moshi baseline cannot read a document
   */
  @Setup
  public void setUp() throws IOException {
    patientJson = Documents.patient();
    bundleJson = Documents.searchBundle(BUNDLE_ENTRIES);
    hapiParser = FhirContext.forR4().newJsonParser();

    sdkPatient = FhirJson.decode(patientJson, Patient.class);
    hapiPatient = hapiParser.parseResource(org.hl7.fhir.r4.model.Patient.class, patientJson);
    MinimalMoshi.MiniPatient miniPatient = MinimalMoshi.decodePatient(patientJson);
    check("patient family", List.of(sdkPatient.name().get(0).family(), miniPatient.name().get(0).family(),
        hapiPatient.getNameFirstRep().getFamily()));
    check("patient extensions", List.of(sdkPatient.extension().size(), miniPatient.extension().size(),
        hapiPatient.getExtension().size()));
    check("patient address lines", List.of(sdkPatient.address().get(0).line(), miniPatient.address().get(0).line(),
        hapiPatient.getAddressFirstRep().getLine().stream().map(Object::toString).toList()));

    Bundle sdkBundle = FhirJson.decode(bundleJson, Bundle.class);
    org.hl7.fhir.r4.model.Bundle hapiBundle = hapiParser.parseResource(org.hl7.fhir.r4.model.Bundle.class, bundleJson);
    MinimalMoshi.MiniBundle miniBundle = MinimalMoshi.decodeBundle(bundleJson);
    check("bundle entries", List.of(sdkBundle.resources(Patient.class).size(), miniBundle.entry().size(),
        hapiBundle.getEntry().size(), BUNDLE_ENTRIES));
    check("last entry family", List.of(
        sdkBundle.resources(Patient.class).get(BUNDLE_ENTRIES - 1).name().get(0).family(),
        miniBundle.entry().get(BUNDLE_ENTRIES - 1).resource().name().get(0).family(),
        ((org.hl7.fhir.r4.model.Patient) hapiBundle.getEntry().get(BUNDLE_ENTRIES - 1).getResource())
            .getNameFirstRep().getFamily()));

    // The encoders must write every element: compare what each reads back.
    check("sdk round trip", List.of(sdkPatient, FhirJson.decode(encodePatientSdk(), Patient.class)));
    check("hapi round trip", List.of(true,
        hapiPatient.equalsDeep(hapiParser.parseResource(org.hl7.fhir.r4.model.Patient.class, encodePatientHapi()))));
  }

  private static void check(String what, List<?> values) {
    if (values.stream().distinct().count() != 1) {
      throw new IllegalStateException(what + " differ: " + values);
    }
  }

  /**
   * Decodes the Patient with the SDK.
   *
   * @return the resource
   */
  @Benchmark
  public Patient decodePatientSdk() {
    return FhirJson.decode(patientJson, Patient.class);
  }

  /**
   * Decodes the Patient into minimal records with plain Moshi.
   *
   * @return the records
   * @throws IOException never, for a valid document
   */
  @Benchmark
  public MinimalMoshi.MiniPatient decodePatientMoshiMinimal() throws IOException {
    return MinimalMoshi.decodePatient(patientJson);
  }

  /**
   * Decodes the Patient with HAPI FHIR.
   *
   * @return the resource
   */
  @Benchmark
  public org.hl7.fhir.r4.model.Patient decodePatientHapi() {
    return hapiParser.parseResource(org.hl7.fhir.r4.model.Patient.class, patientJson);
  }

  /**
   * Decodes the 50-entry Bundle with the SDK.
   *
   * @return the resource
   */
  @Benchmark
  public Bundle decodeBundleSdk() {
    return FhirJson.decode(bundleJson, Bundle.class);
  }

  /**
   * Decodes the 50-entry Bundle into minimal records with plain Moshi.
   *
   * @return the records
   * @throws IOException never, for a valid document
   */
  @Benchmark
  public MinimalMoshi.MiniBundle decodeBundleMoshiMinimal() throws IOException {
    return MinimalMoshi.decodeBundle(bundleJson);
  }

  /**
   * Decodes the 50-entry Bundle with HAPI FHIR.
   *
   * @return the resource
   */
  @Benchmark
  public org.hl7.fhir.r4.model.Bundle decodeBundleHapi() {
    return hapiParser.parseResource(org.hl7.fhir.r4.model.Bundle.class, bundleJson);
  }

  /**
   * Encodes the Patient with the SDK.
   *
   * @return the JSON
   */
  @Benchmark
  public String encodePatientSdk() {
    return FhirJson.encode(sdkPatient);
  }

  /**
   * Encodes the Patient with HAPI FHIR.
   *
   * @return the JSON
   */
  @Benchmark
  public String encodePatientHapi() {
    return hapiParser.encodeResourceToString(hapiPatient);
  }
}
