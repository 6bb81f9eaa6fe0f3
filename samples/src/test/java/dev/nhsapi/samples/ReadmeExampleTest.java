package dev.nhsapi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's code comes from compiled samples and tests: each region must appear in the README verbatim. */
class ReadmeExampleTest {
  @ParameterizedTest
  @CsvSource({
      "src/main/java/dev/nhsapi/samples/ReadmeExample.java, 4",
      "src/main/java/dev/nhsapi/samples/CallingPdsExample.java, 4",
      "src/test/java/dev/nhsapi/samples/PatientLookupTest.java, 0"})
  void readmeShowsTheCompiledExampleVerbatim(String file, int indent) throws Exception {
    String source = Files.readString(Path.of(file));
    int start = source.indexOf('\n', source.indexOf("// @start region=\"readme\"")) + 1;
    String region = source.substring(start, source.lastIndexOf('\n', source.indexOf("// @end", start)) + 1);
    String dedented = Arrays.stream(region.split("\n"))
        .map(line -> line.length() >= indent ? line.substring(indent) : line.strip())
        .collect(Collectors.joining("\n", "", "\n"));

    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains("```java\n" + dedented + "```");
  }
}
