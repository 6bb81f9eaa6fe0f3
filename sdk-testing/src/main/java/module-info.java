/**
 * The embedded NHS sandbox and test support for code that calls NHS England APIs.
 */
module dev.nhsapi.testing {
  requires transitive dev.nhsapi.fhir;
}
