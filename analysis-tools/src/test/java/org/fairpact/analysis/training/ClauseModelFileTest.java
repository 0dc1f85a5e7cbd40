package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.fairpact.analysis.classification.ClauseModel;
import org.fairpact.analysis.classification.ModelDirectory;
import org.fairpact.analysis.classification.ModelFormatException;
import org.fairpact.analysis.classification.ModelManifest;
import org.fairpact.analysis.classification.TrainingFile;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, saving and loading model files, on a small synthetic data folder. */
class ClauseModelFileTest {

  private static final List<String> CLAUSES =
      List.of(
          "Sprzedawca nie ponosi odpowiedzialności za wady towaru.",
          "Kupujący może złożyć reklamację w terminie dwóch lat.",
          "we may terminate your account at any time without notice .",
          "you can contact us by email .");

  @TempDir static Path dir;

  private static ClauseModel model;
  private static Path file;

  @BeforeAll
  static void train() throws IOException {
    Path data = SyntheticData.write(dir.resolve("data"));
    model =
        new ClauseModelTrainer(data, RegisterEvidence.NONE, List.of(), List.of(), List.of())
            .train();
    file = dir.resolve("model.zip");
    ClauseModelArchiveWriter.save(model, file);
  }

  @Test
  void aSavedModelLoadsAndPredictsTheSame() throws IOException {
    ClauseModel loaded = ClauseModel.load(file);

    assertThat(loaded.version()).isEqualTo(model.version());
    assertThat(loaded.manifest().files()).isEqualTo(model.manifest().files());
    assertThat(loaded.manifest().licence()).isEqualTo(ModelManifest.LICENCE);
    for (Language language : Language.values()) {
      for (String clause : CLAUSES) {
        assertThat(loaded.predict(clause, language)).isEqualTo(model.predict(clause, language));
      }
    }
    assertThat(loaded.classifier(Language.EN).orElseThrow().categoryNames())
        .containsExactly("LTD", "TER", "CH", "CR", "USE", "LAW", "J", "A");
    assertThat(loaded.classifier(Language.EN).orElseThrow().config())
        .isEqualTo(ClauseModelTrainer.ENGLISH_FEATURES);
    assertThat(loaded.classifier(Language.PL).orElseThrow().config())
        .isEqualTo(ClauseModelTrainer.FEATURES);
  }

  @Test
  void trainingIsReproducible() throws IOException {
    Path data = dir.resolve("data");

    ClauseModel again =
        new ClauseModelTrainer(data, RegisterEvidence.NONE, List.of(), List.of(), List.of())
            .train();

    assertThat(again.version()).isEqualTo(model.version());
    assertThat(again.manifest().files()).isEqualTo(model.manifest().files());
  }

  @Test
  void theManifestRecordsTheTrainingDataAndFigures() {
    ModelManifest manifest = model.manifest();

    assertThat(manifest.trainingData())
        .extracting(TrainingFile::path, TrainingFile::role)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(ClauseModelTrainer.PAC_TRAIN, "train"),
            org.assertj.core.groups.Tuple.tuple(ClauseModelTrainer.PAC_DEV, "tune"));
    assertThat(manifest.trainingData()).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
    assertThat(manifest.metrics()).containsKeys("pac_dev", "unfair_tos_validation");
    assertThat(manifest.version()).matches(ModelManifest.FORMAT_VERSION + "-[0-9a-f]{12}");
  }

  @Test
  void aFileThatIsNotAZipIsRejected() throws IOException {
    Path text = Files.writeString(dir.resolve("not-a-model.zip"), "hello");

    assertThatThrownBy(() -> ClauseModel.load(text))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("not-a-model.zip");
  }

  @Test
  void aTruncatedFileIsRejected() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = dir.resolve("truncated.zip");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> ClauseModel.load(truncated)).isInstanceOf(ModelFormatException.class);
  }

  @Test
  void aDamagedPartIsRejectedByItsChecksum() throws IOException {
    byte[] damaged =
        rewrite("pl/abusive.liblinear", text -> text.replaceFirst("\n(-?)0\\.", "\n$19."));

    assertThatThrownBy(() -> ClauseModel.read(new ByteArrayInputStream(damaged), "damaged"))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("pl/abusive.liblinear")
        .hasMessageContaining("checksum");
  }

  @Test
  void aMissingPartIsRejected() throws IOException {
    byte[] missing = rewrite("en/LTD.liblinear", text -> null);

    assertThatThrownBy(() -> ClauseModel.read(new ByteArrayInputStream(missing), "missing"))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("en/LTD.liblinear is missing");
  }

  @Test
  void anUnknownFormatVersionIsRejected() throws IOException {
    byte[] future =
        rewrite(
            ModelManifest.ENTRY,
            text ->
                text.replace(
                    "\"formatVersion\":" + ModelManifest.FORMAT_VERSION, "\"formatVersion\":99"));

    assertThatThrownBy(() -> ClauseModel.read(new ByteArrayInputStream(future), "future"))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("format version 99");
  }

  @Test
  void aModelOfTheOlderFormatStillLoads() throws IOException {
    byte[] older =
        rewrite(
            ModelManifest.ENTRY,
            text ->
                text.replace(
                    "\"formatVersion\":" + ModelManifest.FORMAT_VERSION,
                    "\"formatVersion\":" + ModelManifest.OLDEST_READABLE_FORMAT_VERSION));

    ClauseModel model = ClauseModel.read(new ByteArrayInputStream(older), "older");

    assertThat(model.classifier(Language.PL)).isPresent();
    assertThat(ModelManifest.OLDEST_READABLE_FORMAT_VERSION)
        .isLessThan(ModelManifest.FORMAT_VERSION);
  }

  @Test
  void aBrokenManifestIsRejected() throws IOException {
    byte[] broken = rewrite(ModelManifest.ENTRY, text -> text.substring(0, 100));

    assertThatThrownBy(() -> ClauseModel.read(new ByteArrayInputStream(broken), "broken"))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("model.json");
  }

  @Test
  void aModelFolderFallsBackWhenTheCurrentModelIsDamaged() throws IOException {
    Path models = Files.createDirectories(dir.resolve("models"));
    Path good = models.resolve(ModelDirectory.fileName(model.version()));
    Files.copy(file, good);
    Path bad = models.resolve(ModelDirectory.fileName("1-000000000000"));
    Files.write(bad, rewrite("pl/features.tsv", text -> text.replace('\t', ' ')));
    ModelDirectory directory = new ModelDirectory(models);
    directory.makeCurrent(bad);

    assertThat(directory.load().version()).isEqualTo(model.version());
    assertThat(Files.readString(models.resolve(ModelDirectory.CURRENT)).strip())
        .isEqualTo(bad.getFileName().toString());
  }

  @Test
  void aFallbackSaysWhichFileLoadedAndWhyTheCurrentOneDidNot() throws IOException {
    Path models = Files.createDirectories(dir.resolve("reported"));
    Path good = models.resolve(ModelDirectory.fileName(model.version()));
    Files.copy(file, good);
    Path bad = models.resolve(ModelDirectory.fileName("1-ffffffffffff"));
    Files.write(bad, "not a zip at all".getBytes(StandardCharsets.UTF_8));
    ModelDirectory directory = new ModelDirectory(models);
    directory.makeCurrent(bad);

    ModelDirectory.Loaded loaded = directory.loadReporting();

    assertThat(loaded.model().version()).isEqualTo(model.version());
    assertThat(loaded.file()).isEqualTo(good);
    assertThat(loaded.fallback()).isTrue();
    assertThat(loaded.failures()).singleElement().asString().startsWith(bad.getFileName() + ": ");

    directory.makeCurrent(good);
    assertThat(directory.loadReporting().fallback()).isFalse();
  }

  @Test
  void aFolderWithoutALoadableModelIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThatThrownBy(() -> new ModelDirectory(empty).load())
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("no loadable clause model");
  }

  /** The model file with one entry's text changed (or left out where the change gives null). */
  private static byte[] rewrite(String entry, UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(in);
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        String changed = e.getName().equals(entry) ? change.apply(text) : text;
        if (changed != null) {
          copy.putNextEntry(new ZipEntry(e.getName()));
          copy.write(changed.getBytes(StandardCharsets.UTF_8));
          copy.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }
}
