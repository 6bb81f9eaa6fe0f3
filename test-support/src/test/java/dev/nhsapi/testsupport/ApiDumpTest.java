package dev.nhsapi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDumpTest {
  @TempDir Path dir;

  /** Compiles a small module, with an exported and an unexported package, and loads one of its classes. */
  Class<?> module(Map<String, String> sources) throws Exception {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(Files::isRegularFile).map(Path::toString).forEach(args::add);
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    assertThat(javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new)))
        .as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass("demo.api.Greeter");
  }

  static final Map<String, String> DEMO = Map.of(
      "module-info.java", "module demo { exports demo.api; exports demo.friend to java.base; }",
      "demo/api/Greeter.java", """
          package demo.api;
          public interface Greeter {
            String greet(String name) throws java.io.IOException;
            default <T extends CharSequence> java.util.List<? super T> all(T... names) { return java.util.List.of(); }
            static Greeter of() { return new Real(); }
            final class Options { public static final int MAX = 3; protected Options() {} }
          }
          """,
      "demo/api/Real.java", """
          package demo.api;
          final class Real implements Greeter { public String greet(String name) { return name; } }
          """,
      "demo/api/Shape.java", """
          package demo.api;
          public sealed interface Shape permits Shape.Circle { record Circle(double radius) implements Shape {} }
          """,
      "demo/friend/Hidden.java", "package demo.friend; public class Hidden { public void secret() {} }");

  @Test
  void listsExportedPublicTypesAndMembersWithSignatures() throws Exception {
    String api = ApiDump.of(module(DEMO));

    assertThat(api).isEqualTo("""
        module demo exports [demo.api]
        public interface demo.api.Greeter
          public default <T extends java.lang.CharSequence> java.util.List<? super T> all(T...)
          public java.lang.String greet(java.lang.String) throws java.io.IOException
          public static demo.api.Greeter of()
        public static final class demo.api.Greeter$Options
          public static final int MAX
          protected Options()
        public sealed interface demo.api.Shape permits demo.api.Shape$Circle
        public record demo.api.Shape$Circle implements demo.api.Shape
          public Circle(double)
          public final boolean equals(java.lang.Object)
          public final int hashCode()
          public double radius()
          public final java.lang.String toString()
        """);
  }

  @Test
  void aChangedApiFailsNamingWhatChanged() throws Exception {
    Class<?> greeter = module(DEMO);
    Path recorded = dir.resolve("demo.api");
    Files.writeString(recorded, ApiDump.of(greeter).replace("greet(java.lang.String)", "greet(java.lang.Object)"));

    assertThatThrownBy(() -> ApiDump.assertMatchesRecorded(greeter, recorded, false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("""
            \n  public interface demo.api.Greeter
            -   public java.lang.String greet(java.lang.Object) throws java.io.IOException
            +   public java.lang.String greet(java.lang.String) throws java.io.IOException""")
        .hasMessageContaining("-DupdateApi");
  }

  @Test
  void updatingRecordsTheCurrentListing() throws Exception {
    Class<?> greeter = module(DEMO);
    Path recorded = dir.resolve("api").resolve("demo.api");

    ApiDump.assertMatchesRecorded(greeter, recorded, true);

    assertThat(recorded).hasContent(ApiDump.of(greeter).stripTrailing());
  }

  @Test
  void anUnchangedApiPasses() throws Exception {
    Class<?> greeter = module(DEMO);
    Path recorded = dir.resolve("demo.api");
    Files.writeString(recorded, ApiDump.of(greeter));

    ApiDump.assertMatchesRecorded(greeter, recorded, false);
  }
}
