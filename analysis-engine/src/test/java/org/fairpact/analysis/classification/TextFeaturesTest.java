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

  private static double[] values(Feature[] vector) {
    return Arrays.stream(vector).mapToDouble(Feature::getValue).toArray();
  }
}
