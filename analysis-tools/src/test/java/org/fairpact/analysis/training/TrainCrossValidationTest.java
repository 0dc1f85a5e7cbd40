package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.matching.Language;
import org.fairpact.analysis.metrics.BinaryCounts;
import org.junit.jupiter.api.Test;

class TrainCrossValidationTest {

  private static final TrainCrossValidation CV =
      new TrainCrossValidation(
          Language.PL, ClauseModelTrainer.FEATURES, ClauseModelTrainer.SVM.withC(1), 5);

  private final List<String> texts = new ArrayList<>();
  private final List<Boolean> labels = new ArrayList<>();

  TrainCrossValidationTest() {
    String[] things = {"towaru", "usługi", "przesyłki", "zamówienia", "dostawy", "konta"};
    for (int round = 0; round < 5; round++) {
      for (String thing : things) {
        add("Sprzedawca nie ponosi odpowiedzialności za wady " + thing + " w żadnym razie.", true);
        add("Kupujący może złożyć reklamację " + thing + " w terminie dwóch lat.", false);
      }
    }
  }

  @Test
  void everyClauseIsPredictedOnceByAModelThatDidNotLearnIt() {
    BinaryCounts counts = CV.run(texts, truth(), new boolean[texts.size()], 0);

    assertThat(counts.total()).isEqualTo(texts.size());
    assertThat(counts.accuracy()).isGreaterThan(0.9);
  }

  @Test
  void registerFlagsCountAsPredictionsAndTheThresholdIsADecisionValue() {
    boolean[] all = new boolean[texts.size()];
    java.util.Arrays.fill(all, true);

    assertThat(CV.run(texts, truth(), all, 0).fn()).isZero();
    assertThat(CV.run(texts, truth(), new boolean[texts.size()], 1e9).tp()).isZero();
    assertThat(CV.run(texts, truth(), new boolean[texts.size()], 0))
        .as("the same folds every run")
        .isEqualTo(CV.run(texts, truth(), new boolean[texts.size()], 0));
  }

  private void add(String text, boolean abusive) {
    texts.add(text);
    labels.add(abusive);
  }

  private boolean[] truth() {
    return ClauseModelTrainer.labels(labels);
  }
}
