/**
 * An embedded NHS sandbox for tests and samples: a real HTTP server on loopback that answers like NHS England's
 * hosted sandbox, so code that calls NHS APIs can be tested offline.
 *
 * <pre>{@code
 * try (NhsSandbox sandbox = NhsSandbox.start()) {
 *   NhsClient nhs = NhsClient.builder().environment(sandbox.environment()).build();
 *   PatientRecord jane = nhs.pds().read(NhsNumber.of("9000000009"));
 *   System.out.println(jane.patient().name().get(0).family() + ", version " + jane.version());
 * }
 * }</pre>
 */
@NullMarked
package dev.nhsapi.testing;

import dev.nhsapi.NhsClient;
import dev.nhsapi.pds.PatientRecord;
import org.jspecify.annotations.NullMarked;
