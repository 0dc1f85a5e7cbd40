package org.fairpact.analysis.classification;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.Feature;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fairpact.analysis.matching.Language;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

  private static final List<String> TEXTS =
      List.of(
          "Sprzedawca nie ponosi odpowiedzialności za opóźnienia w dostawie 12 towarów.",
          "Sprzedawca zastrzega sobie prawo do zmiany cen w każdym czasie.",
          "Kupujący może odstąpić od umowy w terminie 14 dni.");

  @Test
  void wordAndCharacterNgramsOfStemsAndNormalisedText() {
    TextFeatures features = new TextFeatures(Language.PL, new FeatureConfig(2, 3, 4, 1));

    Map<String, Integer> counts = features.count("Opłata 100 ZŁ, opłata!");

    assertThat(counts).containsKeys("c: op", "c:opł", "c: 000", "c:000 ", "c: zł ");
    assertThat(counts.keySet()).anyMatch(f -> f.startsWith("w:") && f.contains(" "));
    assertThat(counts.keySet()).noneMatch(f -> f.contains("1") || f.contains("Z"));
  }

  @Test
  void hashedVectorsEqualTheVectorsOfCountedNames() {
    FeatureConfig config = new FeatureConfig(3, 2, 5, 1);
    TextFeatures features = new TextFeatures(Language.PL, config);
    FeatureSpace space = FeatureSpace.build(TEXTS.stream().map(features::count).toList(), 1);

    for (String text : TEXTS) {
      Feature[] counted = space.vector(features.count(text));
      Feature[] hashed = features.vector(text, space);

      assertThat(values(hashed)).isEqualTo(values(counted));
      assertThat(Arrays.stream(hashed).mapToInt(Feature::getIndex).toArray())
          .isEqualTo(Arrays.stream(counted).mapToInt(Feature::getIndex).toArray())
          .isSorted();
    }
  }

  @Test
  void surfacesAreTheTextsOwnCharacters() {
    TextFeatures features = new TextFeatures(Language.PL, new FeatureConfig(2, 3, 4, 1));
    String text = "Sprzedawca NIE ponosi odpowiedzialności.";
    TextFeatures.Analysis analysis = features.analyse(text);

    for (String feature : analysis.counts().keySet()) {
      assertThat(analysis.surface(feature)).hasValueSatisfying(s -> assertThat(text).contains(s));
    }
  }

  @Test
  void surfaceWordNgramsAreTheWordsAsWrittenBesideTheirStems() {
    TextFeatures features = new TextFeatures(Language.EN, new FeatureConfig(2, 0, 0, 1, 2));

    Map<String, Integer> counts = features.count("Termination of the Agreement: we TERMINATE it.");

    assertThat(counts)
        .containsEntry("s:termination", 1)
        .containsEntry("s:terminate", 1)
        .containsEntry("w:termin", 2)
        .containsKeys("s:the agreement", "s:we terminate", "w:the agreement");
    assertThat(new TextFeatures(Language.EN, new FeatureConfig(2, 0, 0, 1)).count("Termination"))
        .doesNotContainKey("s:termination");
  }

  @Test
  void hashedVectorsWithSurfaceNgramsEqualTheVectorsOfCountedNames() {
    List<String> texts =
        List.of(
            "We may terminate your account at any time, without notice.",
            "Termination of the Agreement does not limit our liability.",
            "You agree to the exclusive jurisdiction of the courts of England.");
    TextFeatures features = new TextFeatures(Language.EN, new FeatureConfig(3, 2, 5, 1, 3));
    FeatureSpace space = FeatureSpace.build(texts.stream().map(features::count).toList(), 1);

    for (String text : texts) {
      Feature[] counted = space.vector(features.count(text));
      Feature[] hashed = features.vector(text, space);

      assertThat(values(hashed)).isEqualTo(values(counted));
      assertThat(Arrays.stream(hashed).mapToInt(Feature::getIndex).toArray())
          .isEqualTo(Arrays.stream(counted).mapToInt(Feature::getIndex).toArray());
    }
  }

  @Test
  void surfaceNgramsShowAsTheTextsOwnWords() {
    TextFeatures features = new TextFeatures(Language.EN, new FeatureConfig(2, 0, 0, 1, 2));
    String text = "We may TERMINATE the Agreements.";
    TextFeatures.Analysis analysis = features.analyse(text);

    assertThat(analysis.surface("s:terminate the")).hasValue("TERMINATE the");
    assertThat(analysis.surface("s:agreements")).hasValue("Agreements");
    assertThat(analysis.surface("s:agreement")).isEmpty();
    for (String feature : analysis.counts().keySet()) {
      assertThat(analysis.surface(feature)).hasValueSatisfying(s -> assertThat(text).contains(s));
    }
  }

  private static double[] values(Feature[] vector) {
    return Arrays.stream(vector).mapToDouble(Feature::getValue).toArray();
  }
}
