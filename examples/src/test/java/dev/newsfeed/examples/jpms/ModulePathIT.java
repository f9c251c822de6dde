// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * newsfeed as a modular application uses it: the jars of newsfeed-core and newsfeed-servlet this
 * build packaged, with their runtime dependencies, on a module path. Every other test runs on the
 * class path, where {@code module-info.class} counts for nothing; these check that the modules
 * resolve from those jars alone, export their API packages and nothing else, and that a consumer
 * module compiled against them runs in its own JVM (Yasson included, bound as the JSON-B provider
 * with no {@code opens}).
 *
 * <p>An integration test because it needs the packaged jars: Failsafe runs it after the package
 * phase of every module of the reactor.
 */
class ModulePathIT {
  private static final String CORE = "dev.newsfeed";
  private static final String SERVLET = "dev.newsfeed.servlet";

  private static final Set<String> CORE_API =
      Set.of(
          "dev.newsfeed",
          "dev.newsfeed.listing",
          "dev.newsfeed.json",
          "dev.newsfeed.syndication",
          "dev.newsfeed.text",
          "dev.newsfeed.source");

  /** The modules of the jars: newsfeed's two and their runtime dependencies. */
  private static final Set<String> ALL_MODULES =
      Set.of(
          CORE,
          SERVLET,
          "jakarta.json.bind",
          "org.eclipse.yasson",
          "jakarta.json",
          "org.eclipse.parsson",
          "org.apache.commons.text",
          "org.apache.commons.lang3",
          "org.jsoup",
          "jakarta.servlet");

  private static final String SOURCES = "/dev/newsfeed/examples/jpms/";

  private static List<Path> jars;
  private static ModuleFinder finder;

  @TempDir Path dir;

  @BeforeAll
  static void findTheBuiltJars() {
    jars = List.copyOf(BuiltJars.all().values());
    finder = ModuleFinder.of(jars.toArray(Path[]::new));
  }

  private static Configuration resolve(boolean bindServices) {
    List<Configuration> parents = List.of(ModuleLayer.boot().configuration());
    Set<String> roots = Set.of(SERVLET);
    return bindServices
        ? Configuration.resolveAndBind(finder, parents, ModuleFinder.of(), roots)
        : Configuration.resolve(finder, parents, ModuleFinder.of(), roots);
  }

  /** The modules defined from the jars, each jar's classes loaded from the jar alone. */
  private static ModuleLayer layer() {
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(resolve(true), ClassLoader.getPlatformClassLoader());
  }

  private static Set<String> names(Collection<ResolvedModule> modules) {
    return modules.stream().map(ResolvedModule::name).collect(Collectors.toSet());
  }

  @Test
  void theServletModuleResolvesFromTheJarsWithYassonAndParssonRequiredNotOnlyBound() {
    // dev.newsfeed requires Yasson and Parsson, so that resolution without service binding (what
    // jlink does) has them too; the JDK's modules come from the boot layer.
    assertThat(names(resolve(false).modules())).containsExactlyInAnyOrderElementsOf(ALL_MODULES);
    assertThat(names(resolve(true).modules())).containsExactlyInAnyOrderElementsOf(ALL_MODULES);

    ModuleDescriptor yasson = finder.find("org.eclipse.yasson").orElseThrow().descriptor();
    assertThat(yasson.provides())
        .anySatisfy(provides -> assertThat(provides.service()).isEqualTo("jakarta.json.bind.spi.JsonbProvider"));
  }

  @Test
  void theCoreExportsItsApiPackagesToEveryModuleAndOpensNone() {
    Module core = layer().findModule(CORE).orElseThrow();

    assertThat(core.getPackages().stream().filter(core::isExported))
        .containsExactlyInAnyOrderElementsOf(CORE_API);
    assertThat(core.getPackages().stream().filter(p -> !core.isExported(p)))
        .containsExactlyInAnyOrder(
            "dev.newsfeed.internal", "dev.newsfeed.listing.internal", "dev.newsfeed.syndication.internal");
    ModuleDescriptor descriptor = core.getDescriptor();
    assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    // JSON-B gets serializer instances, so Yasson never reflects on the model.
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void theServletModuleExportsOnlyItsApiPackagesAndOpensNone() {
    Module servlet = layer().findModule(SERVLET).orElseThrow();

    assertThat(servlet.getPackages().stream().filter(servlet::isExported))
        .containsExactlyInAnyOrder(SERVLET, SERVLET + ".jdbc");
    assertThat(servlet.getPackages()).containsExactlyInAnyOrder(
        SERVLET, SERVLET + ".jdbc", "dev.newsfeed.servlet.internal", "dev.newsfeed.servlet.internal.source");
    ModuleDescriptor descriptor = servlet.getDescriptor();
    assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.opens()).isEmpty();
    // What an application gets by requiring the servlet module alone.
    assertThat(descriptor.requires().stream()
            .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
            .map(ModuleDescriptor.Requires::name))
        // java.sql: JdbcNewsProvider.of takes a javax.sql.DataSource.
        .containsExactlyInAnyOrder(CORE, "jakarta.servlet", "java.sql");
  }

  @Test
  void aConsumerModuleParsesConvertsFormatsAndRendersTheNewsInItsOwnJvm() throws Exception {
    Path classes = dir.resolve("consumer");
    assertThat(compile("consumer", classes)).as("javac's diagnostics").isEmpty();
    Path listing = dir.resolve("seed.fr.txt");
    try (InputStream in = ModulePathIT.class.getResourceAsStream("/dev/newsfeed/examples/samples/seed.fr.txt")) {
      Files.copy(in, listing);
    }

    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // One line per log record, without the time.
        "-Djava.util.logging.SimpleFormatter.format=%4$s: %5$s%n",
        "--module-path", modulePath(classes),
        "--module", "dev.newsfeed.consumer/dev.newsfeed.consumer.Main",
        listing.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    // The launcher would announce these options on stderr; the application needs none, and no
    // class path either.
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process process = builder.start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }

    String errors = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(finished).as("the consumer ended; stderr:%n%s", errors).isTrue();
    assertThat(process.exitValue()).as("exit status; stderr:%n%s", errors).isZero();
    // Only the servlet's start-up line: no warning from Yasson or from the JDK about access.
    assertThat(errors).matches("INFO: newsfeed: serving version \\S+ \\(10 items\\)\\R");
    assertThat(Files.readString(stdout, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"))
        .isEqualTo(resource("consumer-output.txt"));
  }

  @Test
  void aConsumerModuleThatImportsAnInternalPackageDoesNotCompile() throws Exception {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile("intruder", dir.resolve("intruder"));

    assertThat(diagnostics).allSatisfy(d -> {
      assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.getCode()).isEqualTo("compiler.err.package.not.visible");
    });
    assertThat(diagnostics.stream().map(d -> d.getMessage(Locale.ROOT)))
        .containsExactlyInAnyOrder(
            notExported("dev.newsfeed.internal", CORE),
            notExported("dev.newsfeed.listing.internal", CORE),
            notExported("dev.newsfeed.servlet.internal", SERVLET),
            notExported("dev.newsfeed.syndication.internal", CORE));

    // The classes are public and present: only the module descriptors keep them out.
    ModuleLayer layer = layer();
    for (String name : List.of(
        "dev.newsfeed.internal.Texts",
        "dev.newsfeed.listing.internal.DateGrammar",
        "dev.newsfeed.syndication.internal.TagUri")) {
      assertThat(Modifier.isPublic(layer.findLoader(CORE).loadClass(name).getModifiers())).as(name).isTrue();
    }
    Class<?> assets = layer.findLoader(SERVLET).loadClass("dev.newsfeed.servlet.internal.StaticAssets");
    assertThat(Modifier.isPublic(assets.getModifiers())).isTrue();
  }

  private static String notExported(String pkg, String module) {
    return "package " + pkg + " is not visible\n  (package " + pkg + " is declared in module " + module
        + ", which does not export it)";
  }

  private static String modulePath(Path... more) {
    return Stream.concat(Stream.of(more), jars.stream())
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Compiles the module whose sources are the test resources under {@code jpms/<module>}, against
   * the jars, as strictly as the project compiles its own.
   *
   * @return every diagnostic, warnings included
   */
  private static List<Diagnostic<? extends JavaFileObject>> compile(String module, Path classes)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("the JDK's compiler (is the test running on a JRE?)").isNotNull();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(resourceDirectory(module))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // In-process javac's default class path is the test's: the jars' classes would be there too,
      // in the unnamed module. The module path must be the only way to them.
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
      List<String> options = List.of(
          "--release", "17", "-Xlint:all", "-Werror", "-proc:none",
          "--module-path", modulePath(), "-d", classes.toString());
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    return diagnostics.getDiagnostics();
  }

  private static Path resourceDirectory(String name) {
    try {
      return Path.of(ModulePathIT.class.getResource(SOURCES + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ModulePathIT.class.getResourceAsStream(SOURCES + name)) {
      assertThat(in).as("resource %s", SOURCES + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
