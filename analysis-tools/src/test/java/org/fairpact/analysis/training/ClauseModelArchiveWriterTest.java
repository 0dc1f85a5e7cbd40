package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelManifest;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The write side against the model files committed in {@code models/}: what it writes for their
 * classifiers is what they hold, and their versions come out of the same content hash, so a model
 * retrained from the same data with the same code keeps its version.
 */
class ClauseModelArchiveWriterTest {

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
  void theVersionIsTheContentHashOfTheCommittedModel(Path file) throws IOException {
    ModelManifest manifest = ClauseModel.load(file).manifest();
    String formatVersion = manifest.version().substring(0, manifest.version().indexOf('-'));

    String hash =
        ClauseModelArchiveWriter.contentHash(
            manifest.files(), manifest.languages(), manifest.trainingData());

    assertThat(formatVersion + "-" + hash.substring(0, 12)).isEqualTo(manifest.version());
  }

  @ParameterizedTest
  @MethodSource("committedModels")
  void theCommittedClassifiersAreWrittenAsTheyWereStored(Path file) throws IOException {
    ClauseModel model = ClauseModel.load(file);

    ClauseModelArchiveWriter.Parts parts = ClauseModelArchiveWriter.parts(model.classifiers());

    assertThat(ClauseModelArchiveWriter.checksums(parts.files()))
        .isEqualTo(model.manifest().files());
  }

  @ParameterizedTest
  @MethodSource("committedModels")
  void aWrittenModelReadsBackTheSame(Path file) throws IOException {
    ClauseModel model = ClauseModel.load(file);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ClauseModelArchiveWriter.write(model, bytes);
    ClauseModel again = ClauseModel.read(new ByteArrayInputStream(bytes.toByteArray()), "again");

    assertThat(again.manifest()).isEqualTo(model.manifest());
    String clause = "We may terminate your account at any time without notice.";
    assertThat(again.predict(clause, Language.EN)).isEqualTo(model.predict(clause, Language.EN));
  }
}
