package org.fairpact.analysis.training;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * Choosing probability thresholds on dev data. Candidates are the midpoints between consecutive
 * distinct scores, so a threshold never sits exactly on a dev example; among equally good
 * candidates the higher (more conservative) one wins.
 */
final class Thresholds {

  /** Returned when no threshold meets a precision target: above every probability. */
  static final double NEVER = 1.01;

  /** A precision threshold must be backed by at least this many dev clauses above it. */
  static final int MIN_SUPPORT = 10;

  private Thresholds() {}

  /**
   * The threshold that maximises an objective of the confusion counts of {@code flagged[i] ||
   * scores[i] >= t}, where {@code flagged} marks what other evidence already decides.
   */
  static double best(
      double[] scores,
      boolean[] truth,
      boolean[] flagged,
      ToDoubleFunction<BinaryCounts> objective) {
    double best = Double.NEGATIVE_INFINITY;
    double threshold = 0.5;
    for (double candidate : candidates(scores)) {
      double value = objective.applyAsDouble(counts(scores, truth, flagged, candidate));
      if (value >= best) {
        best = value;
        threshold = candidate;
      }
    }
    return threshold;
  }

  /**
   * The lowest threshold at which the clauses scoring at or above it reach a precision target
   * (precision as {@code precision} reads the counts), backed by at least {@link #MIN_SUPPORT} of
   * them; {@link #NEVER} if none does.
   */
  static double forPrecision(
      double[] scores, boolean[] truth, double target, ToDoubleFunction<BinaryCounts> precision) {
    double[] candidates = candidates(scores);
    for (double candidate : candidates) {
      BinaryCounts counts = counts(scores, truth, new boolean[scores.length], candidate);
      if (counts.tp() + counts.fp() >= MIN_SUPPORT && precision.applyAsDouble(counts) >= target) {
        return candidate;
      }
    }
    return NEVER;
  }

  /** Precision of {@code scores >= threshold} as {@code precision} reads the counts. */
  static double precision(
      double[] scores,
      boolean[] truth,
      double threshold,
      ToDoubleFunction<BinaryCounts> precision) {
    return precision.applyAsDouble(counts(scores, truth, new boolean[scores.length], threshold));
  }

  static BinaryCounts counts(double[] scores, boolean[] truth, boolean[] flagged, double t) {
    boolean[] predicted = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      predicted[i] = flagged[i] || scores[i] >= t;
    }
    return BinaryCounts.of(predicted, truth);
  }

  /** Ascending midpoints between distinct scores, plus one below and one above them all. */
  private static double[] candidates(double[] scores) {
    double[] sorted = Arrays.stream(scores).sorted().distinct().toArray();
    if (sorted.length == 0) {
      return new double[] {0.5};
    }
    double[] candidates = new double[sorted.length + 1];
    candidates[0] = Math.max(0, sorted[0] - 1e-6);
    for (int i = 1; i < sorted.length; i++) {
      candidates[i] = (sorted[i - 1] + sorted[i]) / 2;
    }
    candidates[sorted.length] = Math.min(NEVER, sorted[sorted.length - 1] + 1e-6);
    return candidates;
  }
}
