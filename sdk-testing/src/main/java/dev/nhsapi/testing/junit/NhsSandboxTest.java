package dev.nhsapi.testing.junit;

import dev.nhsapi.NhsClient;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit Jupiter test class against an embedded NHS sandbox: one {@link dev.nhsapi.testing.NhsSandbox} is
 * started before the class's first test and closed after its last, and test methods, lifecycle methods and
 * constructors may declare parameters of type {@code NhsSandbox} and {@link dev.nhsapi.NhsClient} to receive it
 * and a client signed in to it. {@link org.junit.jupiter.api.Nested} classes share their enclosing class's sandbox.
 *
 * <pre>
 * {@literal @}NhsSandboxTest                              // one sandbox per class, reset before each test
 * class PatientLookupTest {
 *   {@literal @}Test
 *   void readsJaneSmith(NhsClient nhs) {       // a client signed in to it as a healthcare worker
 *     assertThat(nhs.pds().read(NhsNumber.of("9000000009")).patient().name().get(0).family()).isEqualTo("Smith");
 *   }
 * }
 * </pre>
 *
 * <p>The client uses the SDK's defaults (retries, circuit breaker, the platform's 5 requests per second), so tests
 * see what production code will see.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(NhsSandboxExtension.class)
public @interface NhsSandboxTest {
  /**
   * How the injected client is signed in; by default as a healthcare worker, who may read, search, update and
   * create.
   *
   * @return the access mode
   */
  Access access() default Access.HEALTHCARE_WORKER;

  /**
   * Whether the sandbox is put back as it started (patients, versions, faults, recorded requests) before each
   * test, so tests do not see each other's writes. Turn it off for tests that build on each other in a set order.
   *
   * @return whether to reset before each test
   */
  boolean resetBeforeEach() default true;

  /** How the injected {@link dev.nhsapi.NhsClient} authenticates. */
  enum Access {
    /**
     * User-restricted, as a healthcare worker signed in with NHS CIS2: every PDS operation is allowed, as with
     * {@link dev.nhsapi.testing.NhsSandbox#signInHealthcareWorker()}.
     */
    HEALTHCARE_WORKER,
    /**
     * Application-restricted, with signed-JWT credentials registered by
     * {@link dev.nhsapi.testing.NhsSandbox#registerApplication(String)}: reads, single-match searches and related
     * people only, as on the platform.
     */
    APPLICATION,
    /** No credentials, as NHS England's hosted sandbox accepts. */
    OPEN
  }
}
