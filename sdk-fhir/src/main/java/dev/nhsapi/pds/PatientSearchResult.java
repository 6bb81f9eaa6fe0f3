package dev.nhsapi.pds;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Patient;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a PDS search found: the matching patients, best score first, or the OperationOutcome PDS sends with
 * HTTP 200 when it will not list matches ({@code TOO_MANY_MATCHES}, or a sandbox with no example for the
 * parameters). Callers tell the two apart without catching anything.
 *
 * <p>{@link #toString()} shows counts and the outcome's code only.
 */
public final class PatientSearchResult {
  private final List<Match> matches;
  private final @Nullable Integer total;
  private final @Nullable OperationOutcome outcome;

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

  private PatientSearchResult(List<Match> matches, @Nullable Integer total, @Nullable OperationOutcome outcome) {
    this.matches = matches;
    this.total = total;
    this.outcome = outcome;
  }

  static PatientSearchResult matches(List<Match> matches, @Nullable Integer total) {
    Comparator<Match> byScore = Comparator.comparing(
        m -> m.score() == null ? BigDecimal.ZERO : m.score(), Comparator.reverseOrder());
    return new PatientSearchResult(matches.stream().sorted(byScore).toList(), total, null);
  }

  static PatientSearchResult outcome(OperationOutcome outcome) {
    return new PatientSearchResult(List.of(), null, outcome);
  }

  /**
   * Returns the matches, best score first; empty when nothing matched or PDS answered with an outcome.
   *
   * @return the matches
   */
  public List<Match> matches() {
    return matches;
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
   * Returns the bundle's {@code total}, when PDS sent one.
   *
   * @return the total, or empty
   */
  public Optional<Integer> total() {
    return Optional.ofNullable(total);
  }

  /**
   * Returns the OperationOutcome PDS sent instead of matches.
   *
   * @return the outcome, or empty when PDS listed matches
   */
  public Optional<OperationOutcome> outcome() {
    return Optional.ofNullable(outcome);
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
}
