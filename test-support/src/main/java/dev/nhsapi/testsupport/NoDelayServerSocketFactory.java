package dev.nhsapi.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Makes server sockets whose accepted connections send at once (TCP_NODELAY), as production HTTP servers do.
 *
 * <p>MockWebServer leaves Nagle's algorithm on and writes a response's headers and body separately, so each
 * response waits for the client's delayed ACK of the headers, about 40 ms on Linux loopback. Tests and benchmarks
 * that make many calls give their MockWebServer this factory
 * ({@code server.setServerSocketFactory(new NoDelayServerSocketFactory())}) so that they measure the client, not
 * that wait.
 */
public final class NoDelayServerSocketFactory extends ServerSocketFactory {
  /** Creates the factory. */
  public NoDelayServerSocketFactory() {}

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return createServerSocket(port, 50, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return createServerSocket(port, backlog, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, @Nullable InetAddress address)
      throws IOException {
    ServerSocket socket = createServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }

  /** A server socket that turns Nagle's algorithm off on each connection it accepts. */
  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
