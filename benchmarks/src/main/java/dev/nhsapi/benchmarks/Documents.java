package dev.nhsapi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON documents of {@link CodecBenchmark} and {@link FirstDecode}: a synthetic PDS Patient (about 4 KB of
 * compact JSON, with the UK Core extensions PDS returns; every value is invented) and a PDS-style {@code searchset}
 * Bundle of such patients built from it.
 *
 * <p>Plain Java only (no Moshi, Okio or HAPI), so that loading a document does not load any codec's classes before
 * {@link FirstDecode} starts its clock.
 */
final class Documents {
  /** The patient's NHS number; the bundle gives each entry its own. */
  static final String NHS_NUMBER = "9912003888";
  /** The patient's family name; the bundle gives each entry its own. */
  static final String FAMILY = "Okonkwo-Hale";
  private static final String TEMPLATE_FAMILY = "\"family\":\"" + FAMILY + "\"";
  private static final String TEMPLATE_GIVEN = "\"given\":[\"Priya\",\"Rosalind\"]";

  private static final String[] FAMILIES = {
    "Okonkwo-Hale", "Pemberton", "Nakamura", "Fairclough", "Abernethy", "Szymanski", "Oduya", "Thistlethwaite",
    "McAllister", "Rahman"
  };
  private static final String[] GIVEN = {"Priya", "Elowen", "Tomasz", "Ifeoma", "Callum", "Bethan", "Anwar"};

  private Documents() {}

  /**
   * Returns the Patient as compact JSON.
   *
   * @return the document
   */
  static String patient() {
    return minify(resource("pds-patient.json"));
  }

  /**
   * Returns a {@code searchset} Bundle of {@code entries} patients: the template with each entry's id, NHS number,
   * family and first given name changed, a {@code fullUrl} and a match score, as PDS answers a search.
   *
   * @param entries the number of entries
   * @return the document, compact JSON
   */
  static String searchBundle(int entries) {
    String template = patient();
    if (!template.contains(TEMPLATE_FAMILY) || !template.contains(TEMPLATE_GIVEN)) {
      throw new IllegalStateException("the patient template changed; update Documents");
    }
    StringBuilder json = new StringBuilder(entries * (template.length() + 160));
    json.append("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"timestamp\":\"2025-03-04T09:15:27+00:00\",")
        .append("\"total\":").append(entries).append(",\"entry\":[");
    for (int i = 0; i < entries; i++) {
      String nhsNumber = "99120" + String.format(java.util.Locale.ROOT, "%05d", 3888 + i * 7);
      String patient = template
          .replace(NHS_NUMBER, nhsNumber)
          .replace(TEMPLATE_FAMILY, "\"family\":\"" + FAMILIES[i % FAMILIES.length] + "\"")
          .replace(TEMPLATE_GIVEN, "\"given\":[\"" + GIVEN[i % GIVEN.length] + "\",\"Rosalind\"]");
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"fullUrl\":\"https://api.service.nhs.uk/personal-demographics/FHIR/R4/Patient/")
          .append(nhsNumber).append("\",\"search\":{\"score\":")
          .append(i == 0 ? "1" : "0." + (99 - i))
          .append("},\"resource\":").append(patient).append('}');
    }
    return json.append("]}").toString();
  }

  private static String resource(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the whitespace between JSON tokens, keeping strings as they are. */
  static String minify(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
