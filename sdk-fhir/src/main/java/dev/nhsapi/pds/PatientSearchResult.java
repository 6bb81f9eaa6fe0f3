package dev.nhsapi.pds;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Patient;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a PDS search found: the matching patients, best score first, or the OperationOutcome PDS sends with
 * HTTP 200 when it will not list matches ({@code TOO_MANY_MATCHES}, or a sandbox with no example for the
 * parameters). Callers tell the two apart without catching anything: {@link #outcome()} is null when PDS listed
 * matches.
 *
 * <p>{@link #toString()} shows counts and the outcome's code only.
 *
 * @param matches the matches, best score first; empty when nothing matched or PDS answered with an outcome
 * @param total the bundle's {@code total}, or null if PDS sent none
 * @param outcome the OperationOutcome PDS sent instead of matches, or null when it listed matches
 */
public record PatientSearchResult(List<Match> matches, @Nullable Integer total, @Nullable OperationOutcome outcome) {
  private static final Comparator<Match> BEST_FIRST = Comparator.comparing(
      m -> m.score() == null ? BigDecimal.ZERO : m.score(), Comparator.reverseOrder());

  /**
   * Sorts the matches, best score first (a match without a score last, the order PDS sent otherwise kept).
   *
   * @param matches the matches, in any order
   * @param total the bundle's {@code total}, or null
   * @param outcome the OperationOutcome PDS sent instead of matches, or null
   * @throws NullPointerException if {@code matches} is null or holds null
   * @throws IllegalArgumentException if there are both matches and an outcome
   */
  public PatientSearchResult {
    matches = matches.stream().map(m -> Objects.requireNonNull(m, "match == null")).sorted(BEST_FIRST).toList();
    if (outcome != null && !matches.isEmpty()) {
      throw new IllegalArgumentException("PDS answers with matches or an outcome, not both");
    }
  }

  /**
   * Returns the matching patients, best score first.
   *
   * @return the patients
   */
  public List<Patient> patients() {
    return matches.stream().map(Match::patient).toList();
  }

  /**
   * Returns whether more patients matched than {@code _max-results} allows, so PDS listed none: narrow the
   * search.
   *
   * @return true for {@code TOO_MANY_MATCHES}
   */
  public boolean tooManyMatches() {
    return outcome != null && "TOO_MANY_MATCHES".equals(outcome.nhsCode());
  }

  @Override
  public String toString() {
    return "PatientSearchResult[matches=" + matches.size() + ", total=" + total + ", outcome="
        + (outcome == null ? "none" : outcome.nhsCode()) + "]";
  }

  /**
   * One matching patient and how well it matched.
   *
   * @param patient the patient
   * @param score the match score, 1 for an exact match; null if PDS gave none
   */
  public record Match(Patient patient, @Nullable BigDecimal score) {
    /**
     * Validates the match.
     *
     * @param patient the patient
     * @param score the score, or null
     * @throws NullPointerException if {@code patient} is null
     */
    public Match {
      Objects.requireNonNull(patient, "patient == null");
    }

    @Override
    public String toString() {
      return "Match[score=" + score + "]";
    }
  }
}
