package dev.nhsapi.testing.internal;

import dev.nhsapi.fhir.FhirJson;
import dev.nhsapi.fhir.Resource;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  /** Reads a data file holding a JSON array of resources of one type. */
  static <R extends Resource> List<R> resources(String name, Class<R> type) {
    List<R> loaded = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(read(name)))) {
      for (JsonValue resource : reader.readArray()) {
        loaded.add(FhirJson.decode(resource.toString(), type));
      }
    }
    return List.copyOf(loaded);
  }
}
