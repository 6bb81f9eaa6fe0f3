package dev.nhsapi.samples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documentation's code is compiled code: every {@code <pre>} block of the API site's overview and guides, and
 * every {@code <pre>} example in the SDK's Javadoc, must be a region of a compiled sample or test
 * ({@code // @start region="..."} to {@code // @end}), verbatim once both are de-indented. A block with no matching
 * region fails the build, so an example cannot drift from the API. Links from the guides to API pages and to other
 * guides must point at types and pages that exist.
 */
class GuideExamplesTest {
  private static final Path SITE = Path.of("../javadoc/src/main/javadoc");
  private static final List<Path> SDK_SOURCES = List.of(
      Path.of("../sdk-core/src/main/java"), Path.of("../sdk-fhir/src/main/java"),
      Path.of("../sdk-testing/src/main/java"));
  private static final List<Path> SAMPLE_SOURCES = List.of(Path.of("src/main/java"), Path.of("src/test/java"));
  private static final Set<String> GUIDES = Set.of("getting-started.html", "authentication.html",
      "calling-pds.html", "more-apis.html", "errors.html", "testing.html", "operations.html");

  private static final Pattern REGION = Pattern.compile(
      "^[ \\t]*// @start region=\"[^\"]+\"\\n(.*?)^[ \\t]*// @end$", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern PRE = Pattern.compile("<pre>(.*?)</pre>", Pattern.DOTALL);
  private static final Pattern JAVADOC_LINE_START = Pattern.compile("^[ \\t]*\\* ?", Pattern.MULTILINE);
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)(#[^\"]*)?\"");
  private static final List<String> REGIONS = regions();

  static Stream<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(SITE.resolve("doc-files"))) {
      return Stream.concat(Stream.of(SITE.resolve("overview.html")), files.sorted().toList().stream());
    }
  }

  static Stream<Path> sdkSources() {
    return SDK_SOURCES.stream().flatMap(GuideExamplesTest::javaFiles)
        .filter(file -> !file.toString().contains("/internal/"));
  }

  @Test
  void theSiteShipsEveryGuide() throws IOException {
    assertThat(pages().map(page -> page.getFileName().toString()))
        .containsAll(GUIDES)
        .contains("overview.html");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyCodeBlockOfAPageIsACompiledRegion(Path page) throws IOException {
    List<String> blocks = blocks(Files.readString(page), false);

    assertThat(blocks).as("code blocks in %s", page).isNotEmpty();
    assertThat(blocks).as("code blocks in %s with no matching region in a compiled sample", page)
        .allSatisfy(block -> assertThat(REGIONS).contains(block));
  }

  @ParameterizedTest
  @MethodSource("sdkSources")
  void everyJavadocExampleIsACompiledRegion(Path source) throws IOException {
    assertThat(blocks(Files.readString(source), true))
        .as("Javadoc examples in %s with no matching region in a compiled sample", source)
        .allSatisfy(block -> assertThat(REGIONS).contains(block));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyLinkOfAPageLeadsToAnExistingPageOrType(Path page) throws IOException {
    Matcher href = HREF.matcher(Files.readString(page));
    List<String> broken = new ArrayList<>();
    while (href.find()) {
      String target = href.group(1);
      if (!target.startsWith("https://") && !exists(page, target)) {
        broken.add(target);
      }
    }

    assertThat(broken).as("links in %s to nothing", page).isEmpty();
  }

  /**
   * Whether a relative link resolves: another page of the site's sources, or a type's page, which javadoc writes
   * as {@code <module>/<package path>/<Type>[.<Nested>].html} relative to the site root.
   */
  private static boolean exists(Path page, String target) {
    Path resolved = page.getParent().resolve(target).normalize();
    if (Files.exists(resolved)) {
      return true;
    }
    Path fromRoot = SITE.normalize().relativize(resolved);
    if (fromRoot.toString().equals("index.html")) {
      return true;                                      // the page javadoc writes for the overview
    }
    if (fromRoot.getNameCount() < 2 || !fromRoot.getName(0).toString().startsWith("dev.nhsapi")) {
      return false;
    }
    String typePath = fromRoot.subpath(1, fromRoot.getNameCount()).toString();
    String directory = typePath.substring(0, typePath.lastIndexOf('/') + 1);
    String html = typePath.substring(directory.length());
    String file = directory + (html.equals("package-summary.html") ? "package-info"
        : html.substring(0, html.indexOf('.'))) + ".java";
    return SDK_SOURCES.stream().anyMatch(root -> Files.exists(root.resolve(file)));
  }

  /** Returns the page's or source's {@code <pre>} blocks, de-indented, as the code they show. */
  private static List<String> blocks(String text, boolean javadoc) {
    List<String> blocks = new ArrayList<>();
    Matcher pre = PRE.matcher(text);
    while (pre.find()) {
      String block = pre.group(1);
      if (javadoc) {
        block = JAVADOC_LINE_START.matcher(block).replaceAll("");
        block = block.startsWith("{@code") ? block.substring("{@code".length(), block.lastIndexOf('}'))
            : block.replace("{@literal @}", "@");
      }
      blocks.add(dedent(unescape(block)));
    }
    return blocks;
  }

  private static List<String> regions() {
    List<String> regions = new ArrayList<>();
    SAMPLE_SOURCES.stream().flatMap(GuideExamplesTest::javaFiles).forEach(file -> {
      Matcher region = REGION.matcher(read(file));
      while (region.find()) {
        regions.add(dedent(region.group(1)));
      }
    });
    return regions;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#64;", "@")
        .replace("&amp;", "&");
  }

  /** Drops leading and trailing blank lines and the indentation all remaining lines share. */
  private static String dedent(String code) {
    List<String> lines = new ArrayList<>(Arrays.asList(code.split("\n", -1)));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n"));
  }

  private static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
