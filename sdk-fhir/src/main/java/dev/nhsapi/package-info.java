/**
 * The front door: {@link dev.nhsapi.NhsClient}, which hands out one client per NHS API. Each API's surface (its
 * client interface, searches, results and exceptions) is in a package of its own named after the client's accessor:
 * {@link dev.nhsapi.pds}, {@link dev.nhsapi.ods}, {@link dev.nhsapi.immunisation}, {@link dev.nhsapi.recordlocator},
 * {@link dev.nhsapi.websitecontent} and {@link dev.nhsapi.helloworld}. The FHIR resources and datatypes several APIs
 * share are in {@link dev.nhsapi.fhir}.
 *
 * <pre>{@code
 * NhsClient nhs = NhsClient.builder().environment(NhsEnvironment.SANDBOX).build();
 * PatientRecord record = nhs.pds().read(NhsNumber.of("9000000009"));
 * }</pre>
 */
@NullMarked
package dev.nhsapi;

import org.jspecify.annotations.NullMarked;
