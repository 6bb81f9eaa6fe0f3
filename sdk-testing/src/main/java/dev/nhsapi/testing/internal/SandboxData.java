package dev.nhsapi.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sandbox's data files, written by this project, under {@code /dev/nhsapi/testing/data/}. */
final class SandboxData {
  private SandboxData() {}

  static String read(String name) {
    try (InputStream in = SandboxData.class.getResourceAsStream("/dev/nhsapi/testing/data/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sandbox data missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
