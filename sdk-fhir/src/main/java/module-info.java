/**
 * The NHS England API clients, one package per API, with the FHIR R4 / UK Core models they share
 * ({@code dev.nhsapi.fhir}), built on {@code dev.nhsapi.core}.
 */
module dev.nhsapi {
  requires transitive dev.nhsapi.core;
  requires com.squareup.moshi;
  requires okio;

  exports dev.nhsapi;
  exports dev.nhsapi.fhir;
  exports dev.nhsapi.pds;
  exports dev.nhsapi.ods;
  exports dev.nhsapi.immunisation;
  exports dev.nhsapi.recordlocator;
  exports dev.nhsapi.websitecontent;
  exports dev.nhsapi.helloworld;
}
