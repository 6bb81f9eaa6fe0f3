package dev.nhsapi.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Lists a module's public API as text, one line per type and member, sorted, so that a checked-in copy can be
 * compared with what the build produced (OkHttp's {@code .api} files, in Java). A package is API when the module's
 * {@code module-info} exports it without qualification; a type is API when it is public or protected and every type
 * enclosing it is too; a member when it is public or protected and not synthetic. Each line gives the modifiers, the
 * generic signature with type-use annotations such as JSpecify's {@code @Nullable}, and the declared exceptions.
 */
public final class ApiDump {
  private ApiDump() {}

  /**
   * Lists the API of the module a class belongs to, read from the directory of classes it was loaded from.
   *
   * @param anyClass a class of the module
   * @return the listing, one line each, ending with a newline
   */
  public static String of(Class<?> anyClass) {
    Path root;
    try {
      root = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(root + " is not a directory of classes: run the module's own tests");
    }
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    List<String> lines = new ArrayList<>();
    lines.add("module " + module.name() + " exports " + new TreeSet<>(exported));
    try (Stream<Path> files = Files.walk(root)) {
      List<String> classNames = files.map(root::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
              && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
          .sorted().toList();
      for (String name : classNames) {
        Class<?> type = Class.forName(name, false, anyClass.getClassLoader());
        if (isApi(type)) {
          describe(type, lines);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * Checks a module's API against its recorded listing, and always writes the current listing to
   * {@code target/api/} for a reviewer to compare. With the system property {@code updateApi} set (Maven:
   * {@code -DupdateApi}), records the current listing instead, for a deliberate change.
   *
   * @param anyClass a class of the module
   * @param recorded the checked-in listing, such as {@code api/nhsapi-core.api}
   * @throws AssertionError if the API differs from the recorded listing, naming the lines that differ
   */
  public static void assertMatchesRecorded(Class<?> anyClass, Path recorded) {
    assertMatchesRecorded(anyClass, recorded, Boolean.getBoolean("updateApi"));
  }

  /** As {@link #assertMatchesRecorded(Class, Path)}, recording the listing instead where {@code update}. */
  static void assertMatchesRecorded(Class<?> anyClass, Path recorded, boolean update) {
    String actual = of(anyClass);
    try {
      Path current = Path.of("target", "api").resolve(recorded.getFileName());
      Files.createDirectories(current.getParent());
      Files.writeString(current, actual);
      if (update) {
        Files.createDirectories(recorded.toAbsolutePath().getParent());
        Files.writeString(recorded, actual);
        return;
      }
      String expected = Files.exists(recorded) ? Files.readString(recorded) : "";
      if (!expected.equals(actual)) {
        throw new AssertionError("The public API differs from " + recorded + " (- recorded, + now; all of it in "
            + current + "). If the change is deliberate, record it with mvn verify -DupdateApi and commit the file.\n"
            + difference(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lines that differ, type by type: each type whose header or members changed, its header marked {@code -}
   * (gone), {@code +} (new) or left unmarked, then its members that went ({@code -}) or came ({@code +}).
   */
  static String difference(String expected, String actual) {
    Map<String, Set<String>> before = byType(expected);
    Map<String, Set<String>> after = byType(actual);
    Set<String> headers = new LinkedHashSet<>(after.keySet());
    headers.addAll(before.keySet());
    List<String> lines = new ArrayList<>();
    for (String header : headers) {
      Set<String> was = before.getOrDefault(header, Set.of());
      Set<String> is = after.getOrDefault(header, Set.of());
      if (!was.equals(is) || before.containsKey(header) != after.containsKey(header)) {
        lines.add((!after.containsKey(header) ? "- " : !before.containsKey(header) ? "+ " : "  ") + header);
        was.stream().filter(member -> !is.contains(member)).forEach(member -> lines.add("- " + member));
        is.stream().filter(member -> !was.contains(member)).forEach(member -> lines.add("+ " + member));
      }
    }
    return String.join("\n", lines.subList(0, Math.min(lines.size(), 200)));
  }

  /** A listing's member lines under their type's header line, in the listing's order. */
  private static Map<String, Set<String>> byType(String listing) {
    Map<String, Set<String>> types = new LinkedHashMap<>();
    Set<String> members = new LinkedHashSet<>();
    for (String line : listing.lines().toList()) {
      if (line.startsWith(" ")) {
        members.add(line);
      } else {
        members = new LinkedHashSet<>();
        types.put(line, members);
      }
    }
    return types;
  }

  /** Orders members by name, then by the whole line, so overloads sit together. */
  private static final Comparator<String> BY_NAME =
      Comparator.comparing(ApiDump::memberName).thenComparing(Comparator.naturalOrder());

  private static String memberName(String line) {
    int end = line.indexOf('(');
    String head = end < 0 ? line : line.substring(0, end);
    return head.substring(head.lastIndexOf(' ') + 1);
  }

  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic() || !visible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void describe(Class<?> type, List<String> lines) {
    StringBuilder header = new StringBuilder(modifiers(type)).append(kind(type)).append(' ')
        .append(type.getTypeName()).append(typeParameters(type.getTypeParameters()));
    AnnotatedType superclass = apiSuperclass(type);
    if (superclass != null && !type.isEnum() && !type.isRecord()) {
      header.append(" extends ").append(render(superclass));
    }
    List<String> interfaces = Arrays.stream(type.getAnnotatedInterfaces()).map(ApiDump::render).toList();
    if (!interfaces.isEmpty()) {
      header.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      header.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getTypeName)
          .sorted().collect(Collectors.joining(", ")));
    }
    lines.add(header.toString());
    Set<String> members = new TreeSet<>(BY_NAME);
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        members.add(Modifier.toString(field.getModifiers()) + " " + render(field.getAnnotatedType()) + " "
            + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
        members.add(executable(constructor, type.getSimpleName(), Map.of()));
      }
    }
    methods(type).forEach((method, bindings) -> members.add(
        executable(method, render(method.getAnnotatedReturnType(), bindings) + " " + method.getName(), bindings)));
    members.forEach(member -> lines.add("  " + member));
  }

  /**
   * The methods a type declares, and the public ones it inherits from superclasses that are not API themselves
   * (a package-private builder base), which callers use as the type's own.
   */
  private static Map<Method, Map<String, String>> methods(Class<?> type) {
    Map<Method, Map<String, String>> methods = new LinkedHashMap<>();
    Set<String> signatures = new HashSet<>();
    Map<String, String> bindings = Map.of();
    for (Class<?> c = type; c != null && c != Object.class && (c == type || !isApi(c)); c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        boolean shown = c == type ? visible(method.getModifiers()) : Modifier.isPublic(method.getModifiers());
        if (shown && !method.isSynthetic() && !method.isBridge()
            && signatures.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
          methods.put(method, bindings);
        }
      }
      bindings = superclassBindings(c, bindings);
    }
    return methods;
  }

  /** What the type variables of {@code type}'s superclass stand for, as {@code type} extends it. */
  private static Map<String, String> superclassBindings(Class<?> type, Map<String, String> bindings) {
    Map<String, String> bound = new HashMap<>();
    if (type.getAnnotatedSuperclass() instanceof AnnotatedParameterizedType parameterized) {
      TypeVariable<?>[] variables = type.getSuperclass().getTypeParameters();
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        bound.put(variables[i].getName(), render(arguments[i], bindings));
      }
    }
    return bound;
  }

  /** The nearest superclass that is API, other than {@code Object}, or null. */
  private static @Nullable AnnotatedType apiSuperclass(Class<?> type) {
    Class<?> c = type;
    Map<String, String> bindings = Map.of();
    while (c.getSuperclass() != null && c.getSuperclass() != Object.class && !isApi(c.getSuperclass())) {
      bindings = superclassBindings(c, bindings);
      c = c.getSuperclass();
    }
    return c.getSuperclass() == null || c.getSuperclass() == Object.class ? null : c.getAnnotatedSuperclass();
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    }
    if (type.isInterface()) {
      return "interface";
    }
    return type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
  }

  private static String modifiers(Class<?> type) {
    int modifiers = type.getModifiers() & ~Modifier.INTERFACE;
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      modifiers &= ~(Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
    }
    String text = Modifier.toString(modifiers);
    String sealed = type.isSealed() ? "sealed " : "";
    return text.isEmpty() ? sealed : text + " " + sealed;
  }

  private static String executable(Executable executable, String head, Map<String, String> bindings) {
    int modifiers = executable.getModifiers()
        & (executable instanceof Method ? Modifier.methodModifiers() : Modifier.constructorModifiers());
    if (executable.getDeclaringClass().isInterface()) {
      modifiers &= ~Modifier.ABSTRACT;
    }
    String prefix = Modifier.toString(modifiers);
    if (executable instanceof Method method && method.isDefault()) {
      prefix = prefix.isEmpty() ? "default" : prefix + " default";
    }
    String parameters = Arrays.stream(executable.getAnnotatedParameterTypes()).map(t -> render(t, bindings))
        .collect(Collectors.joining(", "));
    if (executable.isVarArgs()) {
      parameters = parameters.substring(0, parameters.length() - 2) + "...";
    }
    String thrown = Arrays.stream(executable.getGenericExceptionTypes()).map(Type::getTypeName)
        .collect(Collectors.joining(", "));
    return (prefix.isEmpty() ? "" : prefix + " ") + typeParameters(executable.getTypeParameters())
        + (executable.getTypeParameters().length > 0 ? " " : "") + head + "(" + parameters + ")"
        + (thrown.isEmpty() ? "" : " throws " + thrown);
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(v -> {
      List<String> bounds = Arrays.stream(v.getAnnotatedBounds()).map(ApiDump::render)
          .filter(bound -> !bound.equals("java.lang.Object")).toList();
      return v.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
    }).collect(Collectors.joining(", ", "<", ">"));
  }

  /** Renders a type with its type-use annotations (by simple name), such as {@code @Nullable java.lang.String}. */
  private static String render(AnnotatedType type) {
    return render(type, Map.of());
  }

  /** Renders a type, replacing the type variables {@code bindings} names by what they stand for. */
  private static String render(AnnotatedType type, Map<String, String> bindings) {
    String annotations = Arrays.stream(type.getDeclaredAnnotations())
        .map(a -> "@" + a.annotationType().getSimpleName() + " ").collect(Collectors.joining());
    if (type instanceof AnnotatedArrayType array) {
      return render(array.getAnnotatedGenericComponentType(), bindings)
          + (annotations.isEmpty() ? "" : " " + annotations.strip()) + "[]";
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      String raw = ((java.lang.reflect.ParameterizedType) parameterized.getType()).getRawType().getTypeName();
      return annotations + raw + Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
          .map(t -> render(t, bindings)).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof AnnotatedWildcardType wildcard) {
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      AnnotatedType[] lower = wildcard.getAnnotatedLowerBounds();
      if (lower.length > 0) {
        return annotations + "? super " + render(lower[0], bindings);
      }
      return annotations + (upper.length == 0 || upper[0].getType() == Object.class ? "?"
          : "? extends " + render(upper[0], bindings));
    }
    if (type.getType() instanceof TypeVariable<?> variable && bindings.containsKey(variable.getName())) {
      return annotations + bindings.get(variable.getName());
    }
    return annotations + type.getType().getTypeName();
  }
}
