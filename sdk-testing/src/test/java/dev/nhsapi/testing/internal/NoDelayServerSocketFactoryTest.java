package dev.nhsapi.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelayServerSocketFactoryTest {
  @Test
  void acceptedConnectionsSendWithoutNaglesDelay() throws Exception {
    NoDelayServerSocketFactory factory = new NoDelayServerSocketFactory();
    try (ServerSocket server = factory.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept()) {
      assertThat(client.isConnected()).isTrue();
      assertThat(accepted.getTcpNoDelay()).isTrue();
    }
  }

  @Test
  void everyFactoryMethodMakesAServerSocketThatDoesSo() throws Exception {
    NoDelayServerSocketFactory factory = new NoDelayServerSocketFactory();
    for (ServerSocket server : new ServerSocket[] {factory.createServerSocket(0), factory.createServerSocket(0, 5)}) {
      try (server;
          Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
          Socket accepted = server.accept()) {
        assertThat(client.isConnected()).isTrue();
        assertThat(accepted.getTcpNoDelay()).isTrue();
      }
    }
  }
}
