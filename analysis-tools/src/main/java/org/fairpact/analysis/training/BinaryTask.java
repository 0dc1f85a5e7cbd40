package org.fairpact.analysis.training;

import de.bwaldvogel.liblinear.Feature;
import java.util.List;
import org.fairpact.analysis.classification.LinearModel;

/**
 * One yes/no learning problem as the trainer sees it: training vectors and labels, and dev vectors
 * and labels for calibration and tuning.
 */
record BinaryTask(
    List<Feature[]> train,
    boolean[] trainLabels,
    List<Feature[]> dev,
    boolean[] devLabels,
    int features) {

  /** Trains with the given parameters and calibrates the sigmoid on the dev data. */
  LinearModel fit(TrainingParameters parameters) {
    return fit(parameters, ClassBalance.AS_IN_DEV);
  }

  /** Trains and calibrates the sigmoid on the dev data read at the given class balance. */
  LinearModel fit(TrainingParameters parameters, ClassBalance balance) {
    LinearModel raw = LinearTraining.train(train, trainLabels, features, parameters);
    return LinearTraining.calibrated(raw, decisions(raw), devLabels, balance);
  }

  /** The model's decision values on the dev vectors. */
  double[] decisions(LinearModel model) {
    return dev.stream().mapToDouble(model::decision).toArray();
  }

  /** The model's probabilities on the dev vectors. */
  double[] probabilities(LinearModel model) {
    return dev.stream().mapToDouble(model::probability).toArray();
  }
}
