package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's code comes from compiled samples: each region must appear in the README verbatim. */
class ReadmeExampleTest {
  @ParameterizedTest
  @ValueSource(strings = {"ReadmeExample.java", "CallingPdsExample.java"})
  void readmeShowsTheCompiledExampleVerbatim(String sample) throws Exception {
    String source = Files.readString(Path.of("src/main/java/dev/nhsapi/samples", sample));
    String region = source.substring(
        source.indexOf('\n', source.indexOf("// @start region=\"readme\"")) + 1,
        source.indexOf("    // @end"));
    String dedented = Arrays.stream(region.split("\n"))
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n", "", "\n"));

    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains("```java\n" + dedented + "```");
  }
}
