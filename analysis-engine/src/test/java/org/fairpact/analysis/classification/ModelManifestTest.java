package org.fairpact.analysis.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading {@code model.json}: what a manifest must hold, and what is refused. */
class ModelManifestTest {

  private static final String MANIFEST =
      """
      {"format":"fairpact-clause-model","formatVersion":2,"version":"2-0123456789ab",
       "created":"2024-02-06T00:00:00Z","licence":"CC BY 4.0",
       "trainingData":[{"path":"pac/train.csv","sha256":"%s","role":"train"}],
       "languages":{"pl":{"sigmoid":[1.5444281813971905,-0.33150030181458745]}},
       "metrics":{"pac_dev":{"n":1519,"f1":0.7386}},
       "files":{"pl/features.tsv":"%s"}}
      """
          .formatted("a".repeat(64), "b".repeat(64));

  @Test
  void readsEveryField() throws ModelFormatException {
    ModelManifest manifest = read(MANIFEST);

    assertThat(manifest.version()).isEqualTo("2-0123456789ab");
    assertThat(manifest.created()).isEqualTo("2024-02-06T00:00:00Z");
    assertThat(manifest.trainingData())
        .containsExactly(new TrainingFile("pac/train.csv", "a".repeat(64), "train"));
    assertThat(manifest.files()).containsEntry("pl/features.tsv", "b".repeat(64));
    assertThat(manifest.metrics().getJsonObject("pac_dev").getInt("n")).isEqualTo(1519);
    assertThat(
            manifest
                .languages()
                .getJsonObject("pl")
                .getJsonArray("sigmoid")
                .getJsonNumber(0)
                .doubleValue())
        .isEqualTo(1.5444281813971905);
  }

  @Test
  void writesWhatItReads() throws ModelFormatException {
    ModelManifest manifest = read(MANIFEST);

    assertThat(ModelManifest.fromJson(manifest.toJson())).isEqualTo(manifest);
    assertThat(manifest.toJson().getString("format")).isEqualTo(ModelManifest.FORMAT);
  }

  @Test
  void textThatIsNotAJsonObjectIsRefused() {
    assertThatThrownBy(() -> read(MANIFEST.substring(0, 100)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(ModelManifest.ENTRY);
    assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(ModelFormatException.class);
  }

  @Test
  void anotherFormatOrAnUnknownVersionIsRefused() {
    assertThatThrownBy(() -> read(MANIFEST.replace("fairpact-clause-model", "other")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("not a fairpact-clause-model manifest");
    assertThatThrownBy(() -> read(MANIFEST.replace("\"formatVersion\":2", "\"formatVersion\":99")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("format version 99");
    assertThatThrownBy(
            () -> read(MANIFEST.replace("\"formatVersion\":2", "\"formatVersion\":\"2\"")))
        .isInstanceOf(ModelFormatException.class);
  }

  @Test
  void aMissingOrMistypedFieldIsNamed() {
    assertThatThrownBy(() -> read(MANIFEST.replace("\"version\":", "\"versio\":")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("'version'");
    assertThatThrownBy(() -> read(MANIFEST.replace("\"licence\":\"CC BY 4.0\"", "\"licence\":4")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("'licence'");
  }

  private static ModelManifest read(String json) throws ModelFormatException {
    return ModelManifest.read(json.getBytes(StandardCharsets.UTF_8));
  }
}
