package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.fairpact.analysis.verification.PairFeatures;
import org.fairpact.analysis.verification.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier as the trainer writes it and the engine reads it back. */
class VerifierFileTest {

  @TempDir Path dir;

  @Test
  void theBundledVerifierReadsBackUnchanged() throws IOException {
    Verifier bundled = Verifier.bundled();

    Verifier read = writeAndRead(bundled);

    assertThat(read.features()).isEqualTo(bundled.features());
    assertThat(read.mean()).containsExactly(bundled.mean());
    assertThat(read.scale()).containsExactly(bundled.scale());
    assertThat(read.weights()).containsExactly(bundled.weights());
    assertThat(read.bias()).isEqualTo(bundled.bias());
    assertThat(read.thresholds()).isEqualTo(bundled.thresholds());
  }

  @Test
  void weightsReadBackToSixDecimalsAndTheThresholdsExactly() throws IOException {
    Random random = new Random(20240206);
    int n = PairFeatures.NAMES.size();
    Verifier trained =
        new Verifier(
            PairFeatures.NAMES,
            random.doubles(n).toArray(),
            random.doubles(n, 0.1, 1).toArray(),
            random.doubles(n, -3, 3).toArray(),
            -1.234567891,
            new Verifier.Thresholds(0.912345, 0.97, 0.5, 0.35));

    Verifier read = writeAndRead(trained);

    assertThat(read.mean()).containsExactly(trained.mean(), within(5e-7));
    assertThat(read.scale()).containsExactly(trained.scale(), within(5e-7));
    assertThat(read.weights()).containsExactly(trained.weights(), within(5e-7));
    assertThat(read.bias()).isEqualTo(trained.bias());
    assertThat(read.thresholds()).isEqualTo(trained.thresholds());
    double[] pair = random.doubles(n).toArray();
    assertThat(read.probability(pair)).isCloseTo(trained.probability(pair), within(1e-4));
  }

  @Test
  void theFileRecordsWhatTheVerifierWasTrainedOnAndItsFigures() throws IOException {
    Path file = dir.resolve("verifier.json");

    VerifierFile.write(
        Verifier.bundled(),
        Map.of("train", "train.csv sha256 ab12", "register", "register-2024-02.csv"),
        Map.of("dev", Map.of("recall", 0.912345678), "pairs", 1200),
        file);

    JsonObject json;
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
      json = reader.readObject();
    }
    assertThat(json.getInt("format")).isEqualTo(1);
    assertThat(json.getJsonObject("trainedOn").keySet()).containsExactly("register", "train");
    assertThat(json.getJsonObject("trainedOn").getString("train"))
        .isEqualTo("train.csv sha256 ab12");
    JsonObject figures = json.getJsonObject("figures");
    assertThat(figures.getJsonObject("dev").getJsonNumber("recall").doubleValue())
        .isEqualTo(0.9123);
    assertThat(figures.getJsonNumber("pairs").doubleValue()).isEqualTo(1200);
  }

  @Test
  void aFileForOtherFeaturesIsRefused() throws IOException {
    Path file = dir.resolve("verifier.json");
    VerifierFile.write(Verifier.bundled(), Map.of(), Map.of(), file);
    String renamed =
        Files.readString(file).replace("\"" + PairFeatures.NAMES.get(0) + "\"", "\"other\"");

    assertThatThrownBy(
            () -> Verifier.read(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
  }

  private Verifier writeAndRead(Verifier verifier) throws IOException {
    Path file = dir.resolve("verifier.json");
    VerifierFile.write(verifier, Map.of("test", "none"), Map.of(), file);
    try (InputStream in = Files.newInputStream(file)) {
      return Verifier.read(in);
    }
  }
}
