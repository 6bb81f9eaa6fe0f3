package dev.nhsapi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoDelayServerSocketFactoryTest {
  /** A way of making a loopback server socket on a free port. */
  interface Maker {
    ServerSocket make(NoDelayServerSocketFactory factory) throws IOException;
  }

  static Stream<Arguments> factoryMethods() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    return Stream.of(
        Arguments.of("port", (Maker) f -> f.createServerSocket(0)),
        Arguments.of("port and backlog", (Maker) f -> f.createServerSocket(0, 5)),
        Arguments.of("port, backlog and address", (Maker) f -> f.createServerSocket(0, 5, loopback)),
        Arguments.of("unbound, then bound", (Maker) f -> {
          ServerSocket socket = f.createServerSocket();
          socket.bind(new InetSocketAddress(loopback, 0));
          return socket;
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factoryMethods")
  void acceptedConnectionsSendWithoutNaglesDelay(String method, Maker maker) throws IOException {
    try (ServerSocket server = maker.make(new NoDelayServerSocketFactory());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept()) {
      assertThat(client.isConnected()).isTrue();
      assertThat(accepted.getTcpNoDelay()).as(method).isTrue();
    }
  }
}
