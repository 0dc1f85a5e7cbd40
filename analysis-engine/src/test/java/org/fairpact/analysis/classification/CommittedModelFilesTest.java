package org.fairpact.analysis.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model file committed in {@code models/}, of every format version still readable, loads as
 * it is: its manifest read with JSON-P, every part checked against its checksum, both languages'
 * classifiers put together from the manifest's sections. Their quality on dev data is
 * analysis-tools' CommittedModelTest.
 */
class CommittedModelFilesTest {

  private static final Path MODELS = Path.of("..", "models");

  static List<Path> committedModels() throws IOException {
    assumeTrue(Files.isDirectory(MODELS), "no models/ folder at " + MODELS.toAbsolutePath());
    try (Stream<Path> files = Files.list(MODELS)) {
      return files
          .filter(f -> f.getFileName().toString().matches("clause-model-.*\\.zip"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("committedModels")
  void loadsUnchangedWithItsManifest(Path file) throws IOException {
    ClauseModel model = ClauseModel.load(file);

    ModelManifest manifest = model.manifest();
    assertThat(ModelDirectory.fileName(model.version())).isEqualTo(file.getFileName().toString());
    assertThat(manifest.licence()).isEqualTo(ModelManifest.LICENCE);
    assertThat(manifest.created()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(manifest.trainingData())
        .extracting(TrainingFile::path)
        .contains("pac/train.csv", "pac/dev.csv");
    assertThat(manifest.metrics()).containsKeys("pac_dev", "unfair_tos_validation");
    assertThat(manifest.files()).containsKeys("pl/features.tsv", "en/unfair.liblinear");
    assertThat(model.classifiers()).containsOnlyKeys(Language.PL, Language.EN);
    assertThat(model.classifier(Language.EN).orElseThrow().categoryNames())
        .containsExactly("LTD", "TER", "CH", "CR", "USE", "LAW", "J", "A");
    assertThat(model.classifier(Language.PL).orElseThrow().bands().low()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest
  @MethodSource("committedModels")
  void predictsWithItsClassifiers(Path file) throws IOException {
    ClauseModel model = ClauseModel.load(file);

    ClausePrediction unfair =
        model
            .predict(
                "We may terminate your account at any time, for any reason, without notice.",
                Language.EN)
            .orElseThrow();
    ClausePrediction fair =
        model.predict("You can contact our support team by email.", Language.EN).orElseThrow();

    assertThat(unfair.probability()).isGreaterThan(fair.probability());
    assertThat(unfair.categories()).contains("TER");
    assertThat(model.predict("Umowę sporządzono w dwóch egzemplarzach.", Language.PL)).isPresent();
  }

  @ParameterizedTest
  @MethodSource("committedModels")
  void theManifestReadsBackFromTheJsonItWouldBeWrittenAs(Path file) throws IOException {
    ModelManifest manifest = ClauseModel.load(file).manifest();

    assertThat(ModelManifest.fromJson(manifest.toJson())).isEqualTo(manifest);
  }
}
