package dev.nhsapi.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Patient;
import java.io.IOException;
import java.util.Locale;

/**
 * Times the first decode of the benchmark Patient in a fresh JVM, class loading and static set-up included: run it
 * once per JVM. The document is read before the clock starts; nothing of the decoder under test is loaded before.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.nhsapi.benchmarks.FirstDecode sdk|hapi|moshi
 * </pre>
 *
 * <ul>
 *   <li>{@code sdk}: {@code FhirJson.decode(json, Patient.class)}.
 *   <li>{@code hapi}: {@code FhirContext.forR4()}, {@code newJsonParser()} and {@code parseResource}: what a HAPI
 *       user pays before the first resource.
 *   <li>{@code moshi}: the minimal plain-Moshi decoder of {@link CodecBenchmark}.
 * </ul>
 *
 * <p>Prints one line: {@code <decoder> first decode: <ms> ms}.
 */
public final class FirstDecode {
  private FirstDecode() {}

  /**
   * Runs one first decode.
   *
   * @param args {@code sdk}, {@code hapi} or {@code moshi}
   * @throws IOException if the Moshi decoder cannot read the document
   */
  public static void main(String[] args) throws IOException {
    String decoder = args.length == 1 ? args[0] : "";
    String json = Documents.patient();
    long start = System.nanoTime();
    Object result = switch (decoder) {
      case "sdk" -> sdk(json);
      case "hapi" -> hapi(json);
      case "moshi" -> MinimalMoshi.decodePatient(json);
      default -> throw new IllegalArgumentException("usage: FirstDecode sdk|hapi|moshi");
    };
    long elapsed = System.nanoTime() - start;
    if (result == null) {
      throw new IllegalStateException("no result");
    }
    System.out.printf(Locale.ROOT, "%s first decode: %.1f ms%n", decoder, elapsed / 1e6);
  }

  // Separate methods, so that each decoder's classes are loaded only when that decoder runs.

  private static Patient sdk(String json) {
    return FhirJson.decode(json, Patient.class);
  }

  private static org.hl7.fhir.r4.model.Patient hapi(String json) {
    return FhirContext.forR4().newJsonParser().parseResource(org.hl7.fhir.r4.model.Patient.class, json);
  }
}
