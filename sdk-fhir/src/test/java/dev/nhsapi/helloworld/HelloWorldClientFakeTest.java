package dev.nhsapi.helloworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nhsapi.core.AuthenticationException;
import dev.nhsapi.core.ErrorDetails;
import dev.nhsapi.core.NhsResponse;
import dev.nhsapi.core.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * How a caller tests code that takes a {@link HelloWorldClient}: with a fake of the interface, written in the
 * test, instead of the network. Here the fake plays credentials that the application-restricted endpoint refuses.
 */
class HelloWorldClientFakeTest {
  /** The caller's code under test: it takes the client, so a test can hand it a fake. */
  record SetupCheck(HelloWorldClient hello) {
    String report() {
      try {
        return "application access works: " + hello.application();
      } catch (AuthenticationException e) {
        return "application access refused (HTTP " + e.statusCode() + ")";
      }
    }
  }

  /** Greets as the API does, or refuses the application with a 401; the other operations are not needed here. */
  static final class FakeHelloWorldClient implements HelloWorldClient {
    boolean refuseApplications;

    @Override
    public String application() {
      if (refuseApplications) {
        throw new AuthenticationException(401, ErrorDetails.none(), null, "req-1", "corr-1");
      }
      return "Hello Application!";
    }

    @Override
    public String world() {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<String> worldWithResponse(RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<String> applicationWithResponse(RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String user() {
      throw new UnsupportedOperationException();
    }

    @Override
    public NhsResponse<String> userWithResponse(RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void reportsBothOutcomesWithAFakeClient() {
    FakeHelloWorldClient hello = new FakeHelloWorldClient();
    SetupCheck check = new SetupCheck(hello);

    assertThat(check.report()).isEqualTo("application access works: Hello Application!");
    hello.refuseApplications = true;
    assertThat(check.report()).isEqualTo("application access refused (HTTP 401)");
  }
}
