/**
 * The front door: {@link dev.nhsapi.NhsClient} and one client per NHS API, starting with the Personal
 * Demographics Service ({@link dev.nhsapi.PdsClient}).
 *
 * <pre>{@code
 * NhsClient nhs = NhsClient.builder().environment(NhsEnvironment.SANDBOX).build();
 * PatientRecord record = nhs.pds().read(NhsNumber.of("9000000009"));
 * }</pre>
 */
@NullMarked
package dev.nhsapi;

import org.jspecify.annotations.NullMarked;
