package org.fairpact.analysis.classification;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Random;

/**
 * One binary liblinear model over a {@link FeatureSpace}, oriented so that a positive decision
 * value means the positive class, with the sigmoid that turns a decision value into a probability
 * ({@code 1 / (1 + exp(-(a·d + b)))}), fitted on held-out data. Immutable.
 */
final class LinearModel {

  /** liblinear's stopping tolerance. */
  private static final double EPS = 0.01;

  /** Seed of liblinear's example shuffling in the dual solvers, so training is reproducible. */
  private static final long SEED = 20240206L;

  private static final double BIAS = 1.0;

  private final Model model;
  private final double[] weights;
  private final double bias;
  private final double sigmoidA;
  private final double sigmoidB;

  LinearModel(Model model, double sigmoidA, double sigmoidB) {
    this.model = model;
    int[] labels = model.getLabels();
    if (model.getNrClass() != 2 || labels.length != 2) {
      throw new IllegalArgumentException("not a binary model");
    }
    double sign = labels[0] == 1 ? 1 : -1;
    double[] w = model.getFeatureWeights();
    int n = model.getNrFeature();
    this.weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = sign * w[i];
    }
    this.bias = model.getBias() >= 0 ? sign * w[n] * model.getBias() : 0;
    this.sigmoidA = sigmoidA;
    this.sigmoidB = sigmoidB;
  }

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
   * This model with the sigmoid that best maps its decision values on held-out data to the labels
   * there (Platt scaling), fitted by liblinear's logistic regression on that one value with next to
   * no regularisation.
   */
  LinearModel calibrated(double[] decisions, boolean[] positive) {
    return calibrated(decisions, positive, ClassBalance.AS_IN_DEV);
  }

  /**
   * As {@link #calibrated(double[], boolean[])}, with the held-out examples weighed for {@code
   * balance}: at {@link ClassBalance#EVEN} the probability is the one the positive class would have
   * if both classes were equally common.
   */
  LinearModel calibrated(double[] decisions, boolean[] positive, ClassBalance balance) {
    List<Feature[]> values = new java.util.ArrayList<>(decisions.length);
    for (double decision : decisions) {
      values.add(new Feature[] {new FeatureNode(1, decision)});
    }
    LinearModel sigmoid =
        new LinearModel(
            liblinear(
                values,
                positive,
                1,
                new TrainingParameters(SolverType.L2R_LR, 1000, balance.positiveWeight(positive))),
            1,
            0);
    return new LinearModel(model, sigmoid.weights[0], sigmoid.bias);
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
      Feature[] withBias = java.util.Arrays.copyOf(x, x.length + 1);
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

  /** The decision value: positive for the positive class. */
  double decision(Feature[] x) {
    double sum = bias;
    for (Feature feature : x) {
      int i = feature.getIndex() - 1;
      if (i < weights.length) {
        sum += weights[i] * feature.getValue();
      }
    }
    return sum;
  }

  /** The decision value at which the probability reaches {@code probability}. */
  double decisionAt(double probability) {
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException("probability outside (0, 1): " + probability);
    }
    return (Math.log(probability / (1 - probability)) - sigmoidB) / sigmoidA;
  }

  /** The probability-like score of the positive class, in (0, 1). */
  double probability(Feature[] x) {
    return 1 / (1 + Math.exp(-(sigmoidA * decision(x) + sigmoidB)));
  }

  /** How much feature {@code number} (1-based) at {@code value} pushes towards positive. */
  double contribution(int number, double value) {
    int i = number - 1;
    return i < weights.length ? weights[i] * value : 0;
  }

  /** Number of features (without the bias) the model was trained on. */
  int features() {
    return weights.length;
  }

  double sigmoidA() {
    return sigmoidA;
  }

  double sigmoidB() {
    return sigmoidB;
  }

  /** Writes the liblinear model in liblinear's own text format. */
  void write(Writer out) throws IOException {
    model.save(out);
  }

  /** Reads a liblinear model written by {@link #write}. */
  static LinearModel read(Reader in, double sigmoidA, double sigmoidB) throws IOException {
    return new LinearModel(Model.load(in), sigmoidA, sigmoidB);
  }
}
