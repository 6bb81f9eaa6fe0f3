package dev.nhsapi.pds;

import dev.nhsapi.core.OperationOutcome;
import dev.nhsapi.fhir.Patient;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What PDS did with a create request: allocated a new NHS number (HTTP 201), found exactly one existing record
 * that matches the demographics (HTTP 200 with that record), or found several possible matches and created
 * nothing (HTTP 200 with an OperationOutcome describing the problem). Callers tell them apart without catching.
 *
 * <p>{@link #toString()} shows the outcome only, never the patient.
 */
public final class PatientCreateResult {
  /** The three outcomes of a create. */
  public enum Outcome {
    /** A new record with a new NHS number (HTTP 201). */
    CREATED,
    /** One existing record matched; nothing was created (HTTP 200). */
    MATCHED_EXISTING,
    /** Several records may match; nothing was created: trace the patient by search (HTTP 200). */
    MULTIPLE_MATCHES
  }

  private final Outcome outcome;
  private final @Nullable PatientRecord record;
  private final @Nullable OperationOutcome problem;

  private PatientCreateResult(Outcome outcome, @Nullable PatientRecord record, @Nullable OperationOutcome problem) {
    this.outcome = outcome;
    this.record = record;
    this.problem = problem;
  }

  static PatientCreateResult of(Outcome outcome, PatientRecord record) {
    return new PatientCreateResult(outcome, Objects.requireNonNull(record), null);
  }

  static PatientCreateResult multipleMatches(OperationOutcome problem) {
    return new PatientCreateResult(Outcome.MULTIPLE_MATCHES, null, Objects.requireNonNull(problem));
  }

  /**
   * Returns what PDS did.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the new or matched record.
   *
   * @return the record, or empty for {@link Outcome#MULTIPLE_MATCHES}
   */
  public Optional<PatientRecord> record() {
    return Optional.ofNullable(record);
  }

  /**
   * Returns the patient: the new record, or the one that matched.
   *
   * @return the patient, or empty for {@link Outcome#MULTIPLE_MATCHES}
   */
  public Optional<Patient> patient() {
    return record().map(PatientRecord::patient);
  }

  /**
   * Returns PDS's description of why nothing was created, for {@link Outcome#MULTIPLE_MATCHES}.
   *
   * @return the description, or empty
   */
  public Optional<OperationOutcome> problem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public String toString() {
    return "PatientCreateResult[" + outcome + "]";
  }
}
