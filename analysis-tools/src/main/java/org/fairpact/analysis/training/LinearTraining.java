package org.fairpact.analysis.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fairpact.analysis.classification.LinearModel;

/**
 * Training one binary {@link LinearModel} with liblinear, and fitting the sigmoid that turns its
 * decision values into probabilities on held-out data (Platt scaling). Reproducible: liblinear's
 * example shuffling has a fixed seed.
 */
final class LinearTraining {

  /** liblinear's stopping tolerance. */
  private static final double EPS = 0.01;

  /** Seed of liblinear's example shuffling in the dual solvers, so training is reproducible. */
  private static final long SEED = 20240206L;

  private static final double BIAS = 1.0;

  private LinearTraining() {}

  /**
   * Trains on vectors with yes/no labels. The result's sigmoid is the identity one ({@code a = 1, b
   * = 0}); calibrate it with {@link #calibrated} on held-out data.
   *
   * @throws IllegalArgumentException if only one class is present
   */
  static LinearModel train(
      List<Feature[]> vectors, boolean[] positive, int features, TrainingParameters parameters) {
    return new LinearModel(liblinear(vectors, positive, features, parameters), 1, 0);
  }

  /**
   * The model with the sigmoid that best maps its decision values on held-out data to the labels
   * there, fitted by liblinear's logistic regression on that one value with next to no
   * regularisation.
   */
  static LinearModel calibrated(LinearModel model, double[] decisions, boolean[] positive) {
    return calibrated(model, decisions, positive, ClassBalance.AS_IN_DEV);
  }

  /**
   * As {@link #calibrated(LinearModel, double[], boolean[])}, with the held-out examples weighed
   * for {@code balance}: at {@link ClassBalance#EVEN} the probability is the one the positive class
   * would have if both classes were equally common.
   */
  static LinearModel calibrated(
      LinearModel model, double[] decisions, boolean[] positive, ClassBalance balance) {
    List<Feature[]> values = new ArrayList<>(decisions.length);
    for (double decision : decisions) {
      values.add(new Feature[] {new FeatureNode(1, decision)});
    }
    LinearModel sigmoid =
        train(
            values,
            positive,
            1,
            new TrainingParameters(SolverType.L2R_LR, 1000, balance.positiveWeight(positive)));
    // the one weight and the bias, exactly: a weight times 1 and a sum of the bias alone
    return model.withSigmoid(sigmoid.contribution(1, 1), sigmoid.decision(new Feature[0]));
  }

  private static Model liblinear(
      List<Feature[]> vectors, boolean[] positive, int features, TrainingParameters parameters) {
    int positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    if (positives == 0 || positives == positive.length) {
      throw new IllegalArgumentException("training needs examples of both classes");
    }
    Problem problem = new Problem();
    problem.l = vectors.size();
    problem.n = features + 1;
    problem.bias = BIAS;
    problem.x = new Feature[vectors.size()][];
    problem.y = new double[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      Feature[] x = vectors.get(i);
      Feature[] withBias = Arrays.copyOf(x, x.length + 1);
      withBias[x.length] = new FeatureNode(features + 1, BIAS);
      problem.x[i] = withBias;
      problem.y[i] = positive[i] ? 1 : 0;
    }
    Parameter parameter = new Parameter(parameters.solver(), parameters.c(), EPS);
    parameter.setWeights(new double[] {parameters.positiveWeight(), 1}, new int[] {1, 0});
    parameter.setRandom(new Random(SEED));
    Linear.disableDebugOutput();
    return Linear.train(problem, parameter);
  }
}
