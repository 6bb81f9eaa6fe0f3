package dev.nhsapi.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.SignedJwtCredentials;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.fhir.AdministrativeGender;
import dev.nhsapi.fhir.NhsNumber;
import dev.nhsapi.pds.PatientPatch;
import dev.nhsapi.pds.PatientRecord;
import dev.nhsapi.testing.NhsSandbox;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes through JUnit's engine and checks what the extension did for them. The classes below
 * are static members, which the build's test scan skips: only these tests run them.
 */
class NhsSandboxExtensionTest {
  static final NhsNumber JANE = NhsNumber.of("9000000009");
  static final List<NhsSandbox> SANDBOXES = new CopyOnWriteArrayList<>();
  static final List<NhsSandbox> CONSTRUCTED_WITH = new CopyOnWriteArrayList<>();
  static final List<NhsClient> CLIENTS = new CopyOnWriteArrayList<>();

  @Test
  void startsOneSandboxPerClassSharesItWithNestedClassesAndClosesItAfterwards() {
    SANDBOXES.clear();
    CONSTRUCTED_WITH.clear();
    run(HealthcareWorker.class).testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));

    assertThat(SANDBOXES).hasSize(3).allSatisfy(sandbox -> assertThat(sandbox).isSameAs(SANDBOXES.get(0)));
    assertThat(CONSTRUCTED_WITH).isNotEmpty().allSatisfy(sandbox -> assertThat(sandbox).isSameAs(SANDBOXES.get(0)));
    assertThat(accepts(SANDBOXES.get(0).baseUrl())).as("closed after the class").isFalse();
  }

  @Test
  void eachClassGetsItsOwnSandbox() {
    SANDBOXES.clear();
    run(Open.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
    run(Open.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

    assertThat(SANDBOXES).hasSize(2);
    assertThat(SANDBOXES.get(0)).isNotSameAs(SANDBOXES.get(1));
  }

  @Test
  void signsTheClientInAsTheAnnotationSays() {
    CLIENTS.clear();
    run(HealthcareWorker.class).testEvents().assertStatistics(stats -> stats.failed(0));
    run(Application.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    run(Open.class).testEvents().assertStatistics(stats -> stats.failed(0));

    assertThat(CLIENTS).extracting(client -> client.transport().credentials())
        .satisfiesExactly(
            credentials -> assertThat(credentials).isInstanceOf(UserTokenCredentials.class),
            credentials -> assertThat(credentials).isInstanceOf(SignedJwtCredentials.class),
            credentials -> assertThat(credentials).isSameAs(Credentials.none()));
  }

  @Test
  void canKeepStateBetweenOrderedTests() {
    run(NoReset.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void saysHowToRegisterWhenUsedWithoutTheAnnotation() {
    run(WithoutAnnotation.class).containerEvents().assertThatEvents().haveExactly(1,
        org.assertj.core.api.Assertions.allOf(container(WithoutAnnotation.class.getSimpleName()),
            finishedWithFailure(message("register the extension with @NhsSandboxTest"))));
  }

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  private static boolean accepts(URI url) {
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      return socket.isConnected();
    } catch (IOException e) {
      return false;
    }
  }

  private static PatientRecord changeGender(NhsClient nhs) {
    PatientRecord jane = nhs.pds().read(JANE);
    return nhs.pds().patch(jane, PatientPatch.builder(jane).gender(AdministrativeGender.OTHER).build());
  }

  // readsJaneSmith is the test the annotation's Javadoc shows.
  @NhsSandboxTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class HealthcareWorker {
    HealthcareWorker(NhsSandbox sandbox) {
      CONSTRUCTED_WITH.add(sandbox);
    }

    @Test
    @Order(1)
    void readsJaneSmith(NhsClient nhs) {
      assertThat(nhs.pds().read(NhsNumber.of("9000000009")).patient().name().get(0).family()).isEqualTo("Smith");
    }

    @Test
    @Order(2)
    void updates(NhsClient nhs, NhsSandbox sandbox) {
      SANDBOXES.add(sandbox);
      CLIENTS.add(nhs);
      assertThat(changeGender(nhs).version()).isEqualTo("3");
      assertThat(sandbox.writesApplied()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void startsFromTheSandboxDataAgain(NhsClient nhs, NhsSandbox sandbox) {
      SANDBOXES.add(sandbox);
      assertThat(nhs.pds().read(JANE).version()).isEqualTo("2");
      assertThat(sandbox.writesApplied()).isZero();
    }

    @Nested
    class Inner {
      @Test
      void sharesTheSandbox(NhsSandbox sandbox) {
        SANDBOXES.add(sandbox);
      }
    }
  }

  @NhsSandboxTest(access = NhsSandboxTest.Access.APPLICATION)
  static class Application {
    @Test
    void readsButMayNotUpdate(NhsClient nhs) {
      CLIENTS.add(nhs);
      PatientRecord jane = nhs.pds().read(JANE);
      assertThatThrownBy(() -> nhs.pds().patch(jane, PatientPatch.builder(jane).gender(AdministrativeGender.OTHER)
          .build())).isInstanceOf(IllegalStateException.class).hasMessageContaining("application-restricted");
    }
  }

  @NhsSandboxTest(access = NhsSandboxTest.Access.OPEN)
  static class Open {
    @Test
    void reads(NhsSandbox sandbox, NhsClient nhs) {
      SANDBOXES.add(sandbox);
      CLIENTS.add(nhs);
      assertThat(nhs.pds().read(JANE).version()).isEqualTo("2");
    }
  }

  @NhsSandboxTest(resetBeforeEach = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class NoReset {
    @Test
    @Order(1)
    void updates(NhsClient nhs) {
      assertThat(changeGender(nhs).version()).isEqualTo("3");
    }

    @Test
    @Order(2)
    void seesTheEarlierUpdate(NhsClient nhs) {
      assertThat(nhs.pds().read(JANE).version()).isEqualTo("3");
    }
  }

  @ExtendWith(NhsSandboxExtension.class)
  static class WithoutAnnotation {
    @Test
    void neverRuns() {}
  }
}
