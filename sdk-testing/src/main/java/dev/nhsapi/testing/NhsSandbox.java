package dev.nhsapi.testing;

import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.testing.internal.SandboxDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import mockwebserver3.MockWebServer;

/**
 * An NHS sandbox running in this process: a real HTTP server on loopback that answers what NHS England's hosted
 * sandbox answers for the same requests, so samples and tests run offline.
 *
 * <p>Today it serves the Personal Demographics Service: the published sandbox patients ({@code 9000000009} Jane
 * Smith, {@code 9000000025} restricted, {@code 9000000033} minimal, {@code 9000000017}), the documented search
 * scenarios, related people, and the platform's error codes and header checks ({@code X-Request-ID} must be a
 * UUID). Its data is written by this project.
 *
 * <p>Thread-safe: any number of clients may call it at once. Close it when done.
 */
public final class NhsSandbox implements AutoCloseable {
  private final MockWebServer server;

  private NhsSandbox(MockWebServer server) {
    this.server = server;
  }

  /**
   * Starts a sandbox on an ephemeral loopback port.
   *
   * @return the running sandbox
   * @throws UncheckedIOException if no port could be bound
   */
  public static NhsSandbox start() {
    return start(0);
  }

  /**
   * Starts a sandbox on a fixed loopback port.
   *
   * @param port the port, or 0 for any free one
   * @return the running sandbox
   * @throws UncheckedIOException if the port could not be bound
   */
  public static NhsSandbox start(int port) {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new SandboxDispatcher());
    try {
      server.start(InetAddress.getLoopbackAddress(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the sandbox on port " + port, e);
    }
    return new NhsSandbox(server);
  }

  /**
   * Returns the sandbox's base URL, such as {@code http://127.0.0.1:54321/}.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return server.url("/").uri();
  }

  /**
   * Returns an environment that sends calls to this sandbox.
   *
   * @return the environment
   */
  public NhsEnvironment environment() {
    return NhsEnvironment.custom(baseUrl());
  }

  /** Stops the sandbox and frees its port. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "NhsSandbox[" + baseUrl() + "]";
  }
}
