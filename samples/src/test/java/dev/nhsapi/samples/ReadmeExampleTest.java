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
      "src/main/java/dev/nhsapi/samples/ReadmeExample.java, readme, 4, 0",
      "src/main/java/dev/nhsapi/samples/ReadmeExample.java, readme-signed-jwt, 4, 2",
      "src/main/java/dev/nhsapi/samples/CallingPdsExample.java, readme, 4, 0",
      "src/test/java/dev/nhsapi/samples/PatientLookupTest.java, readme, 0, 0"})
  void readmeShowsTheCompiledExampleVerbatim(String file, String name, int indent, int readmeIndent)
      throws Exception {
    String source = Files.readString(Path.of(file));
    int marker = source.indexOf("// @start region=\"" + name + "\"");
    assertThat(marker).as("region " + name + " in " + file).isNotNegative();
    int start = source.indexOf('\n', marker) + 1;
    String region = source.substring(start, source.lastIndexOf('\n', source.indexOf("// @end", start)) + 1);
    String margin = " ".repeat(readmeIndent);
    String reindented = Arrays.stream(region.split("\n"))
        .map(line -> line.length() >= indent ? margin + line.substring(indent) : line.strip())
        .collect(Collectors.joining("\n", "", "\n"));

    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains(margin + "```java\n" + reindented + margin + "```");
  }
}
