package dev.nhsapi.samples;

import dev.nhsapi.NhsClient;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientSearch;
import dev.nhsapi.pds.PatientSearchResult;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Searches the Personal Demographics Service the ways PDS allows: an exact search, a wildcard family name, a
 * search that PDS answers with "too many matches", and a fuzzy search.
 *
 * <p>{@link PatientSearch} checks PDS's rules (minimum parameters, wildcard position, fuzzy restrictions) before
 * any call, and the result tells matches from PDS's "too many matches" answer without an exception.
 */
public final class SearchPatients {
  private static final LocalDate BORN = LocalDate.of(2010, 10, 22);

  private SearchPatients() {}

  /**
   * Runs the searches.
   *
   * @param args {@code --env embedded|sandbox|int}, or nothing for the embedded sandbox
   */
  public static void main(String[] args) {
    SampleEnvironment.main(args, SampleEnvironment.Access.HEALTHCARE_WORKER, SearchPatients::run);
  }

  static void run(SampleEnvironment environment, PrintStream out) throws SampleEnvironment.SetupException {
    NhsClient nhs = environment.client();

    print(out, "Exact: Smith, female, born 2010-10-22", nhs.pds().search(PatientSearch.builder()
        .family("Smith").gender(AdministrativeGender.FEMALE).birthDate(BORN).build()));

    // A wildcard may not be among the first two characters; PatientSearch says so before calling.
    print(out, "Wildcard: Sm*", nhs.pds().search(PatientSearch.builder()
        .family("Sm*").gender(AdministrativeGender.FEMALE).birthDate(BORN).build()));

    // PDS answers "too many matches" with HTTP 200 when more people match than asked for.
    print(out, "Wildcard, at most one result", nhs.pds().search(PatientSearch.builder()
        .family("Sm*").gender(AdministrativeGender.FEMALE).birthDate(BORN).maxResults(1).build()));

    // Fuzzy search finds homophones and transposed names; it takes no wildcards.
    print(out, "Fuzzy: Smith, Jane, born 2010-10-22", nhs.pds().search(PatientSearch.builder()
        .family("Smith").given("Jane").birthDate(BORN).fuzzy(true).build()));
  }

  private static void print(PrintStream out, String search, PatientSearchResult result) {
    out.println(search);
    if (result.tooManyMatches()) {
      out.println("  too many matches: narrow the search");
      return;
    }
    // NhsNumber.toString() masks the digits, so a stray log line cannot identify anyone; ask for them explicitly.
    result.matches().forEach(match -> out.println("  NHS number " + match.patient().nhsNumber()
        .map(NhsNumber::formatted).orElse("?") + ", score " + match.score()));
    if (result.matches().isEmpty()) {
      out.println("  no matches");
    }
  }
}
