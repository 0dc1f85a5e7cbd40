package org.fairpact.analysis.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.fairpact.analysis.classification.LinearModel;
import org.fairpact.analysis.classification.RiskBands;
import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * What training does with the dev data once a model is trained: the risk bands and their precision,
 * and the cross-tuned estimate of how much tuning on dev flatters the dev figures.
 */
final class DevTuning {

  private DevTuning() {}

  /**
   * Risk bands on dev scores: low at the decision threshold, medium and high where the precision
   * targets are first met, kept in order; precision read at the given class balance.
   */
  static RiskBands bands(double[] scores, boolean[] truth, double decision, ClassBalance balance) {
    ToDoubleFunction<BinaryCounts> precision = balance::precision;
    double medium =
        Math.max(
            decision,
            Thresholds.forPrecision(scores, truth, RiskBands.MEDIUM_PRECISION, precision));
    double high =
        Math.max(
            medium, Thresholds.forPrecision(scores, truth, RiskBands.HIGH_PRECISION, precision));
    return new RiskBands(
        decision,
        medium,
        high,
        BinaryCounts.round(Thresholds.precision(scores, truth, decision, precision)),
        BinaryCounts.round(Thresholds.precision(scores, truth, medium, precision)),
        BinaryCounts.round(Thresholds.precision(scores, truth, high, precision)));
  }

  static Map<String, Object> bandsJson(RiskBands bands) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("low", BinaryCounts.round(bands.low()));
    json.put("low_precision", bands.lowPrecision());
    json.put("medium", BinaryCounts.round(bands.medium()));
    json.put("medium_precision", bands.mediumPrecision());
    json.put("high", BinaryCounts.round(bands.high()));
    json.put("high_precision", bands.highPrecision());
    return json;
  }

  /**
   * An honest estimate of what tuning on dev data gives on unseen data of the same kind: dev is cut
   * in two folds; each fold is predicted with the sigmoid and threshold fitted on the other.
   */
  static Optional<BinaryCounts> crossTuned(
      BinaryTask task,
      LinearModel model,
      boolean[] flagged,
      boolean[] inFirstFold,
      ToDoubleFunction<BinaryCounts> objective) {
    double[] decisions = task.decisions(model);
    boolean[] truth = task.devLabels();
    boolean[] predicted = new boolean[decisions.length];
    for (boolean fold : new boolean[] {true, false}) {
      List<Integer> tune = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < decisions.length; i++) {
        (inFirstFold[i] == fold ? test : tune).add(i);
      }
      boolean[] tuneTruth = pick(truth, tune);
      if (!bothClasses(tuneTruth)) {
        return Optional.empty();
      }
      LinearModel calibrated = LinearTraining.calibrated(model, pick(decisions, tune), tuneTruth);
      double[] p = new double[decisions.length];
      for (int i = 0; i < decisions.length; i++) {
        p[i] = calibrated.probability(task.dev().get(i));
      }
      double t = Thresholds.best(pick(p, tune), pick(truth, tune), pick(flagged, tune), objective);
      for (int i : test) {
        predicted[i] = flagged[i] || p[i] >= t;
      }
    }
    return Optional.of(BinaryCounts.of(predicted, truth));
  }

  private static boolean bothClasses(boolean[] labels) {
    boolean yes = false;
    boolean no = false;
    for (boolean label : labels) {
      yes |= label;
      no |= !label;
    }
    return yes && no;
  }

  static boolean[] parity(int n) {
    boolean[] first = new boolean[n];
    for (int i = 0; i < n; i += 2) {
      first[i] = true;
    }
    return first;
  }

  static double[] pick(double[] values, List<Integer> indices) {
    return indices.stream().mapToDouble(i -> values[i]).toArray();
  }

  static boolean[] pick(boolean[] values, List<Integer> indices) {
    boolean[] picked = new boolean[indices.size()];
    for (int i = 0; i < picked.length; i++) {
      picked[i] = values[indices.get(i)];
    }
    return picked;
  }
}
