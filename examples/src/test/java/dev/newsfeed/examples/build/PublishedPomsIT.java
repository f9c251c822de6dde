// SPDX-License-Identifier: Apache-2.0
package dev.newsfeed.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfeed.examples.demo.RepositoryFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a release would publish, read from Maven's own effective POMs with the {@code release}
 * profile on (so Maven's inheritance rules, not ours, decide what each published POM says): every
 * published module carries the metadata Maven Central requires, is signed and goes into the Central
 * bundle with its sources and Javadoc jars; the others are never deployed; newsfeed-bom manages
 * newsfeed's own artifacts and nothing else.
 *
 * <p>An integration test because it looks at the jars the reactor packaged. It runs Maven once more
 * (about 8 s) for {@code help:effective-pom}.
 */
class PublishedPomsIT {

  /** The modules a release publishes. A new module must be added here or opt out of deploying. */
  private static final Set<String> PUBLISHED =
      Set.of("newsfeed-parent", "newsfeed-bom", "newsfeed-core", "newsfeed-servlet");

  /** The published modules that are jars, with their directories. */
  private static final Map<String, String> PUBLISHED_JARS =
      Map.of("newsfeed-core", "newsfeed-core", "newsfeed-servlet", "newsfeed-servlet");

  private static Path root;
  private static final Map<String, Element> projects = new LinkedHashMap<>();

  @BeforeAll
  static void effectivePoms() throws Exception {
    root = RepositoryFiles.root();
    Path output = Path.of("target", "release-effective-poms.xml").toAbsolutePath();
    Path log = Path.of("target", "release-effective-poms.log").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "-Prelease"));
    String localRepository = System.getProperty("newsfeed.localRepository", "");
    if (!localRepository.isEmpty()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.add("org.apache.maven.plugins:maven-help-plugin:"
        + System.getProperty("newsfeed.helpPluginVersion", "3.5.2") + ":effective-pom");
    command.add("-Doutput=" + output);
    Process maven = new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("mvn help:effective-pom finished").isTrue();
    assertThat(maven.exitValue())
        .withFailMessage("%s failed:%n%s", command, Files.readString(log)).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    Document document = factory.newDocumentBuilder().parse(output.toFile());
    for (Element project : children(document.getDocumentElement(), "project")) {
      projects.put(text(project, "artifactId"), project);
    }
    assertThat(projects).as("projects in the reactor").containsKeys(PUBLISHED.toArray(String[]::new));
  }

  private static String maven() {
    String home = System.getProperty("maven.home", "");
    Path mvn = Path.of(home, "bin", "mvn");
    return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
  }

  @Test
  void exactlyTheLibraryModulesAreDeployedTheOthersSkipDeploySigningSourcesAndJavadoc() {
    Set<String> deployed = new TreeSet<>();
    for (var entry : projects.entrySet()) {
      Map<String, String> properties = properties(entry.getValue());
      boolean skipped = "true".equals(properties.get("maven.deploy.skip"));
      if (!skipped) {
        deployed.add(entry.getKey());
      } else {
        assertThat(properties)
            .as(entry.getKey() + " is not published: nothing of it is signed or packaged for Central")
            .containsEntry("gpg.skip", "true")
            .containsEntry("maven.source.skip", "true")
            .containsEntry("maven.javadoc.skip", "true");
      }
    }
    assertThat(deployed).isEqualTo(new TreeSet<>(PUBLISHED));
  }

  @Test
  void theCentralBundleLeavesOutEveryModuleThatIsNotPublished() {
    Set<String> unpublished = new TreeSet<>(projects.keySet());
    unpublished.removeAll(PUBLISHED);
    assertThat(unpublished).as("examples and benchmarks at least").contains("newsfeed-examples", "newsfeed-benchmarks");
    for (var entry : projects.entrySet()) {
      Element central = plugin(entry.getValue(), "central-publishing-maven-plugin");
      assertThat(central).as(entry.getKey() + " uses the Central publishing plugin").isNotNull();
      assertThat(text(central, "extensions")).isEqualTo("true");
      Element configuration = child(central, "configuration");
      if (!entry.getKey().equals("newsfeed-bom")) {
        List<String> excluded = children(child(configuration, "excludeArtifacts"), null).stream()
            .map(Node::getTextContent).map(String::strip).toList();
        assertThat(new TreeSet<>(excluded)).as(entry.getKey()).isEqualTo(unpublished);
      }
      assertThat(text(configuration, "autoPublish")).as("a person publishes").isEqualTo("false");
    }
  }

  @Test
  void everyPublishedPomHasTheMetadataCentralRequiresWithTheProjectsOwnUrls() {
    Element parent = projects.get("newsfeed-parent");
    for (String name : PUBLISHED) {
      Element project = projects.get(name);
      String what = name + "'s published pom";
      assertThat(text(project, "name")).as(what + ": name").isNotBlank();
      assertThat(text(project, "description")).as(what + ": description").isNotBlank();
      // Inherited URLs would get /artifactId appended unless the parent says otherwise.
      assertThat(text(project, "url")).as(what + ": url").isEqualTo("https://newsfeed.dev/");
      Element license = child(child(project, "licenses"), "license");
      assertThat(text(license, "name")).as(what + ": licence").isEqualTo("Apache-2.0");
      assertThat(text(license, "url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
      assertThat(text(child(child(project, "developers"), "developer"), "name")).as(what + ": developer").isNotBlank();
      for (String scm : List.of("url", "connection", "developerConnection")) {
        assertThat(text(child(project, "scm"), scm)).as(what + ": scm " + scm)
            .isNotBlank().isEqualTo(text(child(parent, "scm"), scm));
      }
      assertThat(text(project, "version")).as(what + ": version").isEqualTo(text(parent, "version"));
      Element gpg = plugin(project, "maven-gpg-plugin");
      assertThat(gpg).as(what + " is signed").isNotNull();
      assertThat(goals(gpg)).as(what + " is signed").contains("sign");
      assertThat(text(gpg, "version")).isEqualTo(text(plugin(parent, "maven-gpg-plugin"), "version"));
      assertThat(text(plugin(project, "central-publishing-maven-plugin"), "version"))
          .isEqualTo(text(plugin(parent, "central-publishing-maven-plugin"), "version"));
    }
  }

  @Test
  void theBomHasNoParentAndManagesNewsfeedsOwnJarsOnly() {
    Element bom = projects.get("newsfeed-bom");
    assertThat(child(bom, "parent")).as("a parent would import its dependencyManagement too").isNull();
    Map<String, String> managed = new LinkedHashMap<>();
    for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      assertThat(text(dependency, "groupId")).isEqualTo("dev.newsfeed");
      managed.put(text(dependency, "artifactId"), text(dependency, "version"));
    }
    String version = text(projects.get("newsfeed-parent"), "version");
    Map<String, String> expected = new LinkedHashMap<>();
    PUBLISHED_JARS.keySet().stream().sorted().forEach(jar -> expected.put(jar, version));
    assertThat(managed).isEqualTo(expected);
  }

  @Test
  void theReleaseProfileIsNeverActiveByDefault() throws Exception {
    for (Path pom : List.of(root.resolve("pom.xml"), root.resolve("newsfeed-bom/pom.xml"))) {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
      List<Element> release = children(child(document.getDocumentElement(), "profiles"), "profile").stream()
          .filter(profile -> text(profile, "id").equals("release")).toList();
      assertThat(release).as(pom + " has a release profile").hasSize(1);
      assertThat(child(release.get(0), "activation")).as(pom + ": release profile activation").isNull();
    }
  }

  @Test
  void everyPublishedJarHasItsSourcesAndJavadocJarsAndTheLicence() throws IOException {
    String version = text(projects.get("newsfeed-parent"), "version");
    for (var jar : PUBLISHED_JARS.entrySet()) {
      Path target = root.resolve(jar.getValue()).resolve("target");
      String base = jar.getKey() + "-" + version;
      assertThat(entries(target.resolve(base + ".jar"))).contains("META-INF/LICENSE", "module-info.class");
      assertThat(entries(target.resolve(base + "-sources.jar"))).contains("module-info.java", "META-INF/LICENSE");
      assertThat(entries(target.resolve(base + "-javadoc.jar"))).contains("index.html");
    }
  }

  private static Set<String> entries(Path jar) throws IOException {
    assertThat(jar).as("built by this reactor (run `mvn verify` from the repository root)").isRegularFile();
    try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
      Set<String> names = new TreeSet<>();
      zip.stream().forEach(entry -> names.add(entry.getName()));
      return names;
    }
  }

  private static Map<String, String> properties(Element project) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Element property : children(child(project, "properties"), null)) {
      properties.put(property.getTagName(), property.getTextContent().strip());
    }
    return properties;
  }

  /** The build plugin (not pluginManagement) with this artifact id, or null. */
  private static Element plugin(Element project, String artifactId) {
    for (Element plugin : children(child(child(project, "build"), "plugins"), "plugin")) {
      if (text(plugin, "artifactId").equals(artifactId)) {
        return plugin;
      }
    }
    return null;
  }

  private static List<String> goals(Element plugin) {
    List<String> goals = new ArrayList<>();
    for (Element execution : children(child(plugin, "executions"), "execution")) {
      children(child(execution, "goals"), "goal").forEach(goal -> goals.add(goal.getTextContent().strip()));
    }
    return goals;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The child elements with this tag name, or all of them for null; none of a null parent. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().strip();
  }
}
