package dev.nhsapi.pds;

import dev.nhsapi.core.ResourceNotFoundException;

/**
 * PDS has no current record for this NHS number because the record was invalidated, not superseded (HTTP 404
 * {@code INVALIDATED_RESOURCE}); unlike {@code RESOURCE_NOT_FOUND}, the number did exist. Stop using it, and
 * trace the patient again by demographics.
 */
public final class PatientInvalidatedException extends ResourceNotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the 404 that PDS returned.
   *
   * @param notFound the 404
   */
  PatientInvalidatedException(ResourceNotFoundException notFound) {
    super(notFound.statusCode(), notFound.details(), notFound.retryAfter().orElse(null), notFound.requestId(),
        notFound.correlationId());
    setStackTrace(notFound.getStackTrace());
  }
}
