package dev.nhsapi.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.core.NhsEnvironment;
import org.junit.jupiter.api.Test;

class ApiKeyCredentialsTest {
  private static final TokenEndpoint ENDPOINT = new TokenEndpoint() {
    @Override
    public NhsEnvironment environment() {
      return NhsEnvironment.INTEGRATION;
    }

    @Override
    public TokenResponse request(java.util.Map<String, String> form) {
      throw new AssertionError("API keys need no token");
    }
  };

  @Test
  void sendsTheKeyInTheApikeyHeader() {
    assertThat(ApiKeyCredentials.of("abc123").headers(ENDPOINT).get("apikey")).isEqualTo("abc123");
  }

  @Test
  void neverShowsTheKey() {
    assertThat(ApiKeyCredentials.of("abc123secret")).asString().doesNotContain("abc123secret");
  }

  @Test
  void refusesBlankKeysAndKeysThatAreNotHeaderValuesWithoutQuotingThem() {
    assertThatThrownBy(() -> ApiKeyCredentials.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKeyCredentials.of("secret\nvalue"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"))
        .hasNoCause();
  }

  @Test
  void noCredentialsAddNothing() {
    assertThat(Credentials.none().headers(ENDPOINT).size()).isZero();
  }
}
