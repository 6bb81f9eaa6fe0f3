/**
 * FHIR R4 / UK Core models, NHS value types and the per-API clients built on {@code dev.nhsapi.core}.
 */
module dev.nhsapi.fhir {
  requires transitive dev.nhsapi.core;
  requires com.squareup.moshi;
  requires okio;

  exports dev.nhsapi;
  exports dev.nhsapi.fhir;
  exports dev.nhsapi.content;
}
