package dev.nhsapi.pds;

import dev.nhsapi.core.OperationOutcome;
import java.util.Objects;

/**
 * What PDS did with a create request, one record per answer the PDS specification defines for
 * {@code POST /Patient} ({@code specification/components/paths/patient-create.yaml} in
 * {@code NHSDigital/personal-demographics-service-api}): a new record (HTTP 201), or nothing created because one
 * or several existing records match the demographics (HTTP 200 with an OperationOutcome whose code is
 * {@code SINGLE_MATCH} or {@code MULTIPLE_MATCHES}). Callers tell them apart by type, without catching
 * anything:
 *
 * <pre>{@code
 * PatientCreateResult result = nhs.pds().create(person);
 * Optional<NhsNumber> nhsNumber = Optional.empty();
 * if (result instanceof Created created) {
 *   nhsNumber = Optional.of(created.record().requested());      // the new NHS number
 * } else if (result instanceof SingleMatch) {
 *   System.out.println("PDS holds this person already; nothing was created: trace them by search");
 * } else if (result instanceof MultipleMatches matches) {
 *   System.out.println(matches.outcome().nhsCode() + ": several records may be this person: trace by search");
 * }
 * }</pre>
 *
 * <p>The type is sealed: on Java 21 or later, a {@code switch} with a {@code case} for each record needs no
 * {@code default}, and the compiler checks that every outcome is handled.
 *
 * <p>Immutable. The records' {@code toString()} never shows the patient, nor the OperationOutcome's free text.
 */
public sealed interface PatientCreateResult {
  /**
   * PDS created a record and allocated it a new NHS number (HTTP 201 with the new Patient).
   *
   * @param record the new record, read from the answer, with its version
   */
  record Created(PatientRecord record) implements PatientCreateResult {
    /**
     * Validates the record.
     *
     * @param record the new record
     * @throws NullPointerException if {@code record} is null
     */
    public Created {
      Objects.requireNonNull(record, "record == null");
    }
  }

  /**
   * PDS created nothing because exactly one existing record matches the demographics (HTTP 200 with an
   * OperationOutcome, code {@code SINGLE_MATCH}). PDS names that record's NHS number only in the outcome's
   * diagnostics text; trace the patient by search to get the record.
   *
   * @param outcome the OperationOutcome PDS sent
   */
  record SingleMatch(OperationOutcome outcome) implements PatientCreateResult {
    /**
     * Validates the outcome.
     *
     * @param outcome the OperationOutcome PDS sent
     * @throws NullPointerException if {@code outcome} is null
     */
    public SingleMatch {
      Objects.requireNonNull(outcome, "outcome == null");
    }
  }

  /**
   * PDS created nothing because several existing records may match the demographics (HTTP 200 with an
   * OperationOutcome, code {@code MULTIPLE_MATCHES}): trace the patient by search.
   *
   * @param outcome the OperationOutcome PDS sent
   */
  record MultipleMatches(OperationOutcome outcome) implements PatientCreateResult {
    /**
     * Validates the outcome.
     *
     * @param outcome the OperationOutcome PDS sent
     * @throws NullPointerException if {@code outcome} is null
     */
    public MultipleMatches {
      Objects.requireNonNull(outcome, "outcome == null");
    }
  }
}
