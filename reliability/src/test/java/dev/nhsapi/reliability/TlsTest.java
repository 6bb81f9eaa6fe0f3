package dev.nhsapi.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nhsapi.NhsClient;
import dev.nhsapi.core.NhsApiException;
import dev.nhsapi.core.NhsEnvironment;
import dev.nhsapi.core.NhsTransportException;
import dev.nhsapi.core.auth.ApiKeyCredentials;
import dev.nhsapi.core.auth.Credentials;
import dev.nhsapi.core.auth.UserTokenCredentials;
import dev.nhsapi.fhir.NhsNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Transport security: https only off loopback, certificates always validated, credentials never redirected. */
class TlsTest {
  static final NhsNumber JANE = NhsNumber.of("9000000009");

  final MockWebServer server = new MockWebServer();
  final MockWebServer elsewhere = new MockWebServer();

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.service.nhs.uk/", "http://10.0.0.7/", "http://proxy.example.org:8080/nhs"})
  void plainHttpIsRefusedForHostsThatAreNotLoopback(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> NhsEnvironment.custom(URI.create(url)))
        .withMessageContaining("plain http is refused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost:8080/", "http://[::1]:8080/"})
  void plainHttpIsAcceptedOnLoopback(String url) {
    assertThat(NhsEnvironment.custom(URI.create(url)).baseUrl().toString()).isEqualTo(url);
  }

  @Test
  void anUntrustedCertificateFailsTheCallBeforeAnyRequestIsSent() throws IOException {
    HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());
    server.start(InetAddress.getLoopbackAddress(), 0);
    NhsClient nhs = NhsClient.builder()
        .environment(NhsEnvironment.custom(URI.create("https://localhost:" + server.getPort() + "/")))
        .credentials(ApiKeyCredentials.of("tls-test-key"))
        .build();

    assertThatThrownBy(() -> nhs.pds().read(JANE))
        .isInstanceOf(NhsTransportException.class)
        .satisfies(e -> assertThat(Stream.iterate(e.getCause(), cause -> cause != null, Throwable::getCause))
            .anyMatch(SSLException.class::isInstance));
    assertThat(server.getRequestCount()).as("no request passed the failed handshake").isZero();
  }

  @Test
  void redirectsAreNotFollowedSoCredentialsNeverReachAnotherHost() throws IOException {
    elsewhere.start(InetAddress.getLoopbackAddress(), 0);
    String otherHost = "http://localhost:" + elsewhere.getPort() + "/personal-demographics/FHIR/R4/Patient/9000000009";
    server.start(InetAddress.getLoopbackAddress(), 0);
    for (Credentials credentials : List.of(ApiKeyCredentials.of("redirect-test-key"),
        UserTokenCredentials.of(() -> "redirect-test-token"))) {
      for (int status : new int[] {301, 302, 307, 308}) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Location", otherHost).build());
        NhsClient nhs = NhsClient.builder().environment(NhsEnvironment.custom(server.url("/").uri()))
            .credentials(credentials).build();

        assertThatThrownBy(() -> nhs.pds().read(JANE)).isInstanceOf(NhsApiException.class);
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(8);
    assertThat(elsewhere.getRequestCount()).as("requests that followed a redirect").isZero();
  }

  @Test
  void noCodePathDisablesCertificateOrHostnameValidation() throws IOException {
    Pattern insecure = Pattern.compile("X509TrustManager|TrustManager\\[\\]|HostnameVerifier|hostnameVerifier\\("
        + "|sslSocketFactory\\(|setDefaultSSLSocketFactory|checkServerTrusted|ALLOW_ALL|trustAll|InsecureTrust",
        Pattern.CASE_INSENSITIVE);
    List<Path> sources;
    try (Stream<Path> files = Stream.of("sdk-core", "sdk-fhir", "sdk-testing")
        .map(module -> Path.of("..", module, "src", "main", "java"))
        .flatMap(TlsTest::javaFiles)) {
      sources = files.toList();
    }

    assertThat(sources).hasSizeGreaterThan(50);
    for (Path source : sources) {
      assertThat(insecure.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
    }
  }

  private static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
