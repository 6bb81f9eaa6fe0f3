package dev.nhsapi.benchmarks;

import java.io.IOException;
import java.net.URI;

/**
 * One way of reading a PDS Patient over HTTP into typed objects: the SDK ({@link SdkReader}), plain OkHttp with the
 * minimal Moshi decoder ({@link RawReader}) or HAPI FHIR's generic client ({@link HapiReader}). Each side lives in its
 * own class, so that a fresh JVM running one side loads none of the others' classes. Instances are thread-safe.
 */
interface PatientReader extends AutoCloseable {
  /** The NHS number of {@link Documents#patient()}; the server answers every path alike. */
  String NHS_NUMBER = Documents.NHS_NUMBER;

  /** The family name in {@link Documents#patient()}, which every side must read. */
  String FAMILY = Documents.FAMILY;

  /**
   * Returns the base URL of the PDS FHIR API on a server, as the SDK's custom environments lay it out.
   *
   * @param server the server's root URL
   * @return the PDS base URL, without a trailing slash
   */
  static String pdsBase(URI server) {
    return server.resolve("/personal-demographics/FHIR/R4").toString();
  }

  /**
   * Reads the patient and returns its first family name, from the typed object the side decoded.
   *
   * @return the family name
   * @throws IOException if the call fails
   */
  String readFamily() throws IOException;

  /** Releases the side's threads and connections. */
  @Override
  void close();
}
