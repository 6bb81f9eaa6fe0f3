package dev.nhsapi.core;

import dev.nhsapi.core.internal.RetryAfter;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** The checks and the OkHttp set-up {@link NhsTransport.Builder} applies, kept apart from its many setters. */
final class TransportChecks {
  private static final String PRODUCTION_HOST = NhsEnvironment.PRODUCTION.baseUrl().getHost();

  private TransportChecks() {}

  static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return duration;
  }

  static String odsCode(String odsCode) {
    Objects.requireNonNull(odsCode, "odsCode == null");
    if (!odsCode.matches("[A-Za-z0-9]{3,12}")) {
      throw new IllegalArgumentException("odsCode must be 3 to 12 letters or digits");
    }
    return odsCode;
  }

  static String applicationId(String applicationId) {
    Objects.requireNonNull(applicationId, "applicationId == null");
    if (!applicationId.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?")) {
      throw new IllegalArgumentException("applicationId must be a product token such as my-app/1.0");
    }
    return applicationId;
  }

  /**
   * Refuses body logging for production, its host, and any host that is neither loopback nor {@code namedHost}:
   * bodies hold patient data.
   */
  static void bodyLoggingAllowed(NhsEnvironment environment, @Nullable String namedHost) {
    if (environment.isProduction()) {
      throw new IllegalStateException("unsafeLogBodies is refused for PRODUCTION: bodies hold patient data");
    }
    for (String host : environment.hosts()) {
      if (host.equalsIgnoreCase(PRODUCTION_HOST)) {
        throw new IllegalStateException(
            "unsafeLogBodies is refused for the production host: bodies hold patient data");
      }
      if (!NhsEnvironment.isLoopback(host) && !host.equalsIgnoreCase(namedHost)) {
        throw new IllegalStateException("unsafeLogBodies is refused for hosts that are not loopback, since"
            + " bodies hold patient data; to log them anyway name the host with unsafeLogBodiesOffLoopback");
      }
    }
  }

  /** The transport's OkHttp client: its timeouts, no redirects, and no resends of OkHttp's own. */
  static OkHttpClient configured(OkHttpClient base, Duration connect, Duration read, Duration write) {
    return base.newBuilder()
        .connectTimeout(connect)
        .readTimeout(read)
        .writeTimeout(write)
        .callTimeout(Duration.ZERO) // each call's deadline is set per attempt
        .followRedirects(false)
        .followSslRedirects(false)
        // The transport's retry policy is the only one: OkHttp must not resend on its own.
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(RetryAfter.SHIELD)
        .build();
  }
}
