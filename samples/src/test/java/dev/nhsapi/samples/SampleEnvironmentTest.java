package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.auth.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleEnvironmentTest {
  @Test
  void runsOnTheEmbeddedSandboxByDefault() throws Exception {
    try (SampleEnvironment environment =
        SampleEnvironment.open(new String[0], SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of())) {
      assertThat(environment.embeddedSandbox()).isPresent();
      assertThat(environment.toString()).startsWith("the embedded NHS sandbox at http://");
    }
  }

  @Test
  void hostedSandboxNeedsNoCredentials() throws Exception {
    try (SampleEnvironment environment = SampleEnvironment.open(new String[] {"--env", "sandbox"},
        SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of())) {
      assertThat(environment.nhsEnvironment()).isEqualTo(NhsEnvironment.SANDBOX);
      assertThat(environment.client().transport().credentials()).isSameAs(Credentials.none());
    }
  }

  @Test
  void intSaysWhichVariablesToSet() {
    assertThatThrownBy(() -> SampleEnvironment.open(new String[] {"--env", "int"},
        SampleEnvironment.Access.APPLICATION, Map.of("NHS_API_KEY", "key")))
        .isInstanceOf(SampleEnvironment.SetupException.class)
        .hasMessage("Set NHS_API_KEY, NHS_KEY_ID and NHS_PRIVATE_KEY_FILE (your application's API key, key id and "
            + "private key file) for signed-JWT access to run against INT; NHS_KEY_ID is missing");
    assertThatThrownBy(() -> SampleEnvironment.open(new String[] {"--env", "int"},
        SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of("NHS_ACCESS_TOKEN", " ")))
        .isInstanceOf(SampleEnvironment.SetupException.class)
        .hasMessageStartingWith("Set NHS_ACCESS_TOKEN (an NHS CIS2 access token");
  }

  @Test
  void intSignsInWithTheVariables() throws Exception {
    try (SampleEnvironment environment = SampleEnvironment.open(new String[] {"--env", "int"},
        SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of("NHS_ACCESS_TOKEN", "a-token"))) {
      assertThat(environment.nhsEnvironment()).isEqualTo(NhsEnvironment.INTEGRATION);
      assertThat(environment.client().transport().credentials()).isNotNull();
    }
  }

  @Test
  void anotherAccessModeSaysWhatItLacks() throws Exception {
    try (SampleEnvironment environment = SampleEnvironment.open(new String[] {"--env", "int"},
        SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of("NHS_ACCESS_TOKEN", "a-token"))) {
      assertThatThrownBy(() -> environment.client(SampleEnvironment.Access.APPLICATION))
          .isInstanceOf(SampleEnvironment.SetupException.class).hasMessageEndingWith("NHS_API_KEY is missing");
    }
  }

  @Test
  void refusesUnknownArgumentsAndEnvironments() {
    assertThatThrownBy(() -> SampleEnvironment.open(new String[] {"--env"},
        SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of()))
        .isInstanceOf(SampleEnvironment.SetupException.class).hasMessage("usage: [--env embedded|sandbox|int]");
    assertThatThrownBy(() -> SampleEnvironment.open(new String[] {"--env", "prod"},
        SampleEnvironment.Access.HEALTHCARE_WORKER, Map.of()))
        .isInstanceOf(SampleEnvironment.SetupException.class).hasMessageStartingWith("unknown environment 'prod'");
  }

  @Test
  void signedJwtOnTheHostedSandboxSaysItTakesNoCredentials() throws Exception {
    try (SampleEnvironment environment = SampleEnvironment.open(new String[] {"--env", "sandbox"},
        SampleEnvironment.Access.APPLICATION, Map.of())) {
      assertThatThrownBy(environment::signedJwtSettings).isInstanceOf(SampleEnvironment.SetupException.class)
          .hasMessageStartingWith("NHS England's hosted sandbox takes no credentials");
    }
  }
}
