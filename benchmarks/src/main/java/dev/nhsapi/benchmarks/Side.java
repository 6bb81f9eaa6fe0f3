package dev.nhsapi.benchmarks;

import java.net.URI;
import java.util.Locale;

/** The three sides every end-to-end measurement compares. */
enum Side {
  /** The SDK with its full pipeline ({@link SdkReader}). */
  SDK,
  /** Plain OkHttp and minimal Moshi records ({@link RawReader}). */
  RAW,
  /** HAPI FHIR's generic client ({@link HapiReader}). */
  HAPI;

  /**
   * Returns the side's name in results: {@code sdk}, {@code raw} or {@code hapi}.
   *
   * @return the label
   */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the side with this label.
   *
   * @param label {@code sdk}, {@code raw} or {@code hapi}
   * @return the side
   * @throws IllegalArgumentException if the label names no side
   */
  static Side of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /**
   * Builds this side's client for a server. Only this side's classes are loaded.
   *
   * @param server the server's root URL
   * @return the reader
   */
  PatientReader open(URI server) {
    return switch (this) {
      case SDK -> new SdkReader(server);
      case RAW -> new RawReader(server);
      case HAPI -> new HapiReader(server);
    };
  }
}
