package org.fairpact.analysis.classification;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Model;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * One binary liblinear model over a {@link FeatureSpace}, oriented so that a positive decision
 * value means the positive class, with the sigmoid that turns a decision value into a probability
 * ({@code 1 / (1 + exp(-(a·d + b)))}), fitted on held-out data. Immutable. Training (liblinear's
 * solvers, the sigmoid's fit) is analysis-tools' concern; this side only scores.
 */
public final class LinearModel {

  private final Model model;
  private final double[] weights;
  private final double bias;
  private final double sigmoidA;
  private final double sigmoidB;

  /**
   * @param model a binary liblinear model (labels 1 and 0), possibly trained with a bias feature
   * @param sigmoidA slope of the probability sigmoid
   * @param sigmoidB intercept of the probability sigmoid
   */
  public LinearModel(Model model, double sigmoidA, double sigmoidB) {
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

  /** This model with another sigmoid (as calibration on held-out data fits it). */
  public LinearModel withSigmoid(double a, double b) {
    return new LinearModel(model, a, b);
  }

  /** The decision value: positive for the positive class. */
  public double decision(Feature[] x) {
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
  public double decisionAt(double probability) {
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException("probability outside (0, 1): " + probability);
    }
    return (Math.log(probability / (1 - probability)) - sigmoidB) / sigmoidA;
  }

  /** The probability-like score of the positive class, in (0, 1). */
  public double probability(Feature[] x) {
    return 1 / (1 + Math.exp(-(sigmoidA * decision(x) + sigmoidB)));
  }

  /** How much feature {@code number} (1-based) at {@code value} pushes towards positive. */
  public double contribution(int number, double value) {
    int i = number - 1;
    return i < weights.length ? weights[i] * value : 0;
  }

  /** Number of features (without the bias) the model was trained on. */
  public int features() {
    return weights.length;
  }

  public double sigmoidA() {
    return sigmoidA;
  }

  public double sigmoidB() {
    return sigmoidB;
  }

  /** Writes the liblinear model in liblinear's own text format. */
  public void write(Writer out) throws IOException {
    model.save(out);
  }

  /** Reads a liblinear model written by {@link #write}. */
  public static LinearModel read(Reader in, double sigmoidA, double sigmoidB) throws IOException {
    return new LinearModel(Model.load(in), sigmoidA, sigmoidB);
  }
}
