package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.metrics.BinaryCounts;
import org.junit.jupiter.api.Test;

class ClassBalanceTest {

  @Test
  void evenOddsWeighsPositivesByTheRatioOfTheClasses() {
    boolean[] mostlyPositive = {true, true, true, false};

    assertThat(ClassBalance.EVEN.positiveWeight(mostlyPositive)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(ClassBalance.AS_IN_DEV.positiveWeight(mostlyPositive)).isEqualTo(1);
    assertThat(ClassBalance.EVEN.positiveWeight(new boolean[] {true, true})).isEqualTo(1);
  }

  @Test
  void figuresAreReadAtTheChosenBalance() {
    BinaryCounts counts = new BinaryCounts(80, 10, 20, 40);

    assertThat(ClassBalance.EVEN.macroF1(counts)).isEqualTo(counts.macroF1AtEvenOdds());
    assertThat(ClassBalance.EVEN.precision(counts)).isEqualTo(counts.precisionAtEvenOdds());
    assertThat(ClassBalance.AS_IN_DEV.macroF1(counts)).isEqualTo(counts.macroF1());
    assertThat(ClassBalance.AS_IN_DEV.precision(counts)).isEqualTo(counts.precision());
  }

  /**
   * Dev data nine positives to one negative, with the two classes' decision values equally dense
   * around 0: read as dev has it, a decision of 0 means 0.9; at even odds it means 0.5.
   */
  @Test
  void theSigmoidAtEvenOddsForgetsHowCommonPositivesWereInDev() {
    LinearModel raw = LinearTraining.train(symmetricTraining(), alternating(200), 1, svm());
    List<Double> decisions = new ArrayList<>();
    List<Boolean> truth = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      decisions.add(-1 + 4.0 * i / 899); // positives spread over [-1, 3]
      truth.add(true);
    }
    for (int i = 0; i < 100; i++) {
      decisions.add(-3 + 4.0 * i / 99); // negatives spread over [-3, 1]
      truth.add(false);
    }
    double[] d = decisions.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] t = ClauseModelTrainer.labels(truth);
    Feature[] atZero = new Feature[] {new FeatureNode(1, 0.0)};

    double asInDev =
        LinearTraining.calibrated(raw, d, t, ClassBalance.AS_IN_DEV).probability(atZero);
    double even = LinearTraining.calibrated(raw, d, t, ClassBalance.EVEN).probability(atZero);

    assertThat(raw.decision(atZero)).isCloseTo(0, within(0.05));
    assertThat(asInDev).isCloseTo(0.9, within(0.05));
    assertThat(even).isCloseTo(0.5, within(0.05));
    LinearModel calibrated = LinearTraining.calibrated(raw, d, t, ClassBalance.EVEN);
    double decision = calibrated.decisionAt(0.8);
    assertThat(
            calibrated.probability(new Feature[] {new FeatureNode(1, featureFor(raw, decision))}))
        .isCloseTo(0.8, within(1e-9));
  }

  /** The value of the single feature at which the model's decision value is {@code decision}. */
  private static double featureFor(LinearModel model, double decision) {
    double bias = model.decision(new Feature[] {new FeatureNode(1, 0.0)});
    double weight = model.decision(new Feature[] {new FeatureNode(1, 1.0)}) - bias;
    return (decision - bias) / weight;
  }

  private static List<Feature[]> symmetricTraining() {
    List<Feature[]> vectors = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      vectors.add(new Feature[] {new FeatureNode(1, i % 2 == 0 ? 1.0 : -1.0)});
    }
    return vectors;
  }

  private static boolean[] alternating(int n) {
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i += 2) {
      labels[i] = true;
    }
    return labels;
  }

  private static TrainingParameters svm() {
    return ClauseModelTrainer.SVM;
  }
}
