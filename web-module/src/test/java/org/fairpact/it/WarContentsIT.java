package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR Payara Micro runs carries what production runs and nothing of analysis-tools: no
 * analysis-tools jar, no JSON-P jar of its own (Payara supplies JSON-P; the engine has it {@code
 * provided}), and no class of the training, evaluation, dataset, metrics or command line packages,
 * in the engine's jar or anywhere else in the WAR; and Swagger UI's webjar with our page for it.
 * Needs only the packaged WAR, no server: it runs in every {@code verify} (failsafe execution
 * {@code war-contents}).
 */
class WarContentsIT {

  /** Packages of analysis-tools, as entry name prefixes. */
  private static final List<String> TOOLS_PACKAGES =
      List.of("cli", "evaluation", "dataset", "metrics", "training").stream()
          .map(name -> "org/fairpact/analysis/" + name + "/")
          .toList();

  /** Jars that must not be in WEB-INF/lib, by the start of their file name. */
  private static final List<String> FORBIDDEN_JARS =
      List.of("analysis-tools-", "parsson-", "jakarta.json-api-");

  private static Path war;

  /** Entry names of WEB-INF/classes (under the key "WEB-INF/classes") and of each jar in lib. */
  private static Map<String, List<String>> contents;

  @BeforeAll
  static void readWar() throws IOException {
    war = Path.of(System.getProperty("fairpact.war", "target/fairpact.war"));
    assertThat(war).as("the packaged WAR (run after package)").isRegularFile();
    contents = contents(war);
  }

  @Test
  void carriesTheEngineAtRunTime() {
    List<String> engineJars = jarsStartingWith("analysis-engine-");

    assertThat(engineJars).as("analysis-engine jars in %s", war).hasSize(1);
    assertThat(contents.get(engineJars.get(0)))
        .contains(
            "org/fairpact/analysis/ContractAnalyzer.class",
            "org/fairpact/analysis/classification/ClauseModel.class",
            "org/fairpact/analysis/classification/ModelManifest.class");
  }

  @Test
  void carriesNoToolsJarAndNoJsonProcessingJarOfItsOwn() {
    List<String> forbidden =
        FORBIDDEN_JARS.stream().flatMap(prefix -> jarsStartingWith(prefix).stream()).toList();

    assertThat(forbidden).as("jars of %s starting with %s", war, FORBIDDEN_JARS).isEmpty();
  }

  @Test
  void holdsNoClassOfTheToolsPackages() {
    Set<String> offending = new TreeSet<>();
    contents.forEach(
        (where, entries) ->
            entries.stream()
                .filter(entry -> entry.endsWith(".class"))
                .forEach(
                    entry ->
                        TOOLS_PACKAGES.stream()
                            .filter(entry::startsWith)
                            .forEach(tools -> offending.add(where + "!" + tools))));

    assertThat(offending).as("analysis-tools' packages in %s", war).isEmpty();
  }

  /** Swagger UI at /api/docs/: the webjar once, our page, and the OpenAPI components file. */
  @Test
  void carriesSwaggerUiAndTheOpenApiComponents() {
    List<String> webjars = jarsStartingWith("swagger-ui-");

    assertThat(webjars).as("swagger-ui webjars in %s", war).hasSize(1);
    assertThat(contents.get(webjars.get(0)))
        .anyMatch(
            e ->
                e.matches("META-INF/resources/webjars/swagger-ui/5\\.[^/]+/swagger-ui-bundle\\.js"))
        .contains("META-INF/maven/org.webjars/swagger-ui/pom.properties");
    assertThat(contents.get("WEB-INF/classes"))
        .contains(
            "META-INF/openapi.yaml",
            "META-INF/api-docs/index.html",
            "META-INF/api-docs/initializer.js");
  }

  private static List<String> jarsStartingWith(String prefix) {
    return contents.keySet().stream()
        .filter(name -> name.startsWith("WEB-INF/lib/" + prefix))
        .toList();
  }

  private static Map<String, List<String>> contents(Path file) throws IOException {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    List<String> classes = new ArrayList<>();
    contents.put("WEB-INF/classes", classes);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (name.startsWith("WEB-INF/classes/")) {
          classes.add(name.substring("WEB-INF/classes/".length()));
        } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
          try (InputStream in = zip.getInputStream(entry)) {
            contents.put(name, entryNames(in));
          }
        }
      }
    }
    return contents;
  }

  private static List<String> entryNames(InputStream jar) throws IOException {
    List<String> names = new ArrayList<>();
    ZipInputStream zip = new ZipInputStream(jar);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      names.add(entry.getName());
    }
    return names;
  }
}
