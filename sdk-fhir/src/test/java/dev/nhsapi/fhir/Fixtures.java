package dev.nhsapi.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FHIR JSON fixtures under {@code src/test/resources/dev/nhsapi/fhir/fixtures}: PDS-shaped documents with
 * invented people (synthetic 9xx NHS numbers that pass the modulus-11 check), and the invented values tests
 * check never leak into messages or {@code toString()}.
 */
final class Fixtures {
  static final String PATIENT_FULL = "patient-full.json";
  static final String PATIENT_RESTRICTED = "patient-restricted.json";
  static final String PATIENT_MINIMAL = "patient-minimal.json";
  static final String SEARCH_BUNDLE = "search-bundle.json";
  static final String RELATED_PERSON_BUNDLE = "related-person-bundle.json";

  /** Values of {@link #PATIENT_FULL} that error messages must never repeat. */
  static final String FULL_FAMILY = "Trevithick";

  static final String FULL_NHS_NUMBER = "9731041222";
  static final String FULL_BIRTH_DATE = "1987-03-14";

  /** Every name, NHS number, postcode, phone, email and personal date in the fixtures. */
  static final List<String> PATIENT_VALUES = List.of(
      // names
      "Elowen", "Morwenna", "Wenna", "Trevithick", "Tamsin", "Polglase", "Jory", "Austell", "Penhaligon",
      "Penhallow", "Kitto", "Angove",
      // NHS numbers
      "9731041222", "9123456787", "9654321017", "9381726450", "9847561206", "9273645186", "9567812349",
      // postcodes
      "TR18 5QX", "TR11 2QJ", "TR16 5DW", "TR13 0LN", "TR2 5EP",
      // address lines, phones and emails
      "Bosvenna Lane", "Harbour Steps", "Wheal Rose", "Roseland House", "01632960741", "01632960742",
      "07700900417", "elowen.t@example.org", "k.angove@example.net",
      // birth, death and name/address dates
      "1987-03-14", "2024-06-18", "2003-08-29", "1994-07-02", "2019-04-02", "2018-11-30", "2021-02-01");

  private static final String DIRECTORY = "fixtures";

  private Fixtures() {}

  /**
   * Returns a fixture's text.
   *
   * @param name the file name, for example {@code patient-full.json}
   * @return the JSON text
   */
  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(DIRECTORY + "/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the names of every fixture, sorted.
   *
   * @return the file names
   */
  static List<String> all() {
    URL directory = Fixtures.class.getResource(DIRECTORY);
    if (directory == null) {
      throw new IllegalStateException("fixtures are not on the test class path");
    }
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the names of the OperationOutcome fixtures, one per PDS error shape.
   *
   * @return the file names
   */
  static List<String> outcomes() {
    return all().stream().filter(name -> name.startsWith("outcome-")).toList();
  }
}
