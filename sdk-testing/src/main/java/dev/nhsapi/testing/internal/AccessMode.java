package dev.nhsapi.testing.internal;

/** How a caller reached the sandbox, which decides what PDS lets it do. */
public enum AccessMode {
  /** No {@code Authorization} header, as NHS England's hosted sandbox allows: reads and writes. */
  OPEN,
  /** A token from the signed-JWT flow: reads and single-match searches, no writes. */
  APPLICATION_RESTRICTED,
  /** A user-restricted NHS CIS2 healthcare worker's token: reads, searches and writes. */
  HEALTHCARE_WORKER;

  /**
   * Returns whether callers in this mode may create and update patients.
   *
   * @return false for application-restricted access only
   */
  public boolean mayWrite() {
    return this != APPLICATION_RESTRICTED;
  }
}
