package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunSampleTest {
  /** Issue 17 finding 10: a misspelt -Dsample printed a Maven stack trace. */
  @Test
  void aMisspeltSampleGetsOneLineListingTheSamples() {
    assertThat(RunSample.mainOf("Quickstrat")).isEmpty();
    assertThat(RunSample.unknown("Quickstrat")).isEqualTo("there is no sample called Quickstrat; set -Dsample to"
        + " one of: " + String.join(", ", RunSample.SAMPLES)).doesNotContain("\n");
  }

  @Test
  void listsEverySampleWithAMainMethod() throws IOException {
    Path sources = Path.of("src/main/java/dev/nhsapi/samples");
    try (Stream<Path> files = Files.list(sources)) {
      assertThat(files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains("public static void main("))
          .map(file -> file.getFileName().toString().replace(".java", ""))
          .filter(name -> !name.equals("RunSample")))
          .containsExactlyInAnyOrderElementsOf(RunSample.SAMPLES);
    }
    RunSample.SAMPLES.forEach(name -> assertThat(RunSample.mainOf(name)).isPresent());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
