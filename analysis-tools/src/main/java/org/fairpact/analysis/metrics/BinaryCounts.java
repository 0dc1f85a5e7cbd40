package org.fairpact.analysis.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The confusion counts of yes/no predictions and the figures derived from them. A ratio with a zero
 * denominator is 0, as in scikit-learn's {@code zero_division=0}.
 *
 * @param tp predicted yes, truly yes
 * @param fp predicted yes, truly no
 * @param fn predicted no, truly yes
 * @param tn predicted no, truly no
 */
public record BinaryCounts(int tp, int fp, int fn, int tn) {

  /** Counts of predictions against the truth, element by element. */
  public static BinaryCounts of(boolean[] predicted, boolean[] truth) {
    if (predicted.length != truth.length) {
      throw new IllegalArgumentException("predictions and truth differ in length");
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < truth.length; i++) {
      if (predicted[i]) {
        if (truth[i]) {
          tp++;
        } else {
          fp++;
        }
      } else if (truth[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new BinaryCounts(tp, fp, fn, tn);
  }

  /** Counts of {@code score >= threshold} against the truth. */
  public static BinaryCounts atThreshold(double[] scores, boolean[] truth, double threshold) {
    boolean[] predicted = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      predicted[i] = scores[i] >= threshold;
    }
    return of(predicted, truth);
  }

  public int total() {
    return tp + fp + fn + tn;
  }

  public double accuracy() {
    return ratio(tp + tn, total());
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** F1 of the "yes" class. */
  public double f1() {
    return ratio(2.0 * tp, 2.0 * tp + fp + fn);
  }

  /** F1 of the "no" class. */
  public double f1Negative() {
    return ratio(2.0 * tn, 2.0 * tn + fn + fp);
  }

  /** Mean of the two classes' F1. */
  public double macroF1() {
    return (f1() + f1Negative()) / 2;
  }

  /**
   * Precision as it would be if both classes were equally common, from the recall of each class: a
   * figure that does not move with the share of "yes" in the data at hand.
   */
  public double precisionAtEvenOdds() {
    double truePositiveRate = recall();
    double falsePositiveRate = ratio(fp, fp + tn);
    return ratio(truePositiveRate, truePositiveRate + falsePositiveRate);
  }

  /**
   * Macro-F1 as it would be if both classes were equally common: each true class's counts are
   * scaled to the same total before the F1s are taken.
   */
  public double macroF1AtEvenOdds() {
    return macroF1AtShare(0.5);
  }

  /**
   * Macro-F1 as it would be if {@code yesShare} of the examples were truly "yes", with each class
   * recognised as well as here: the counts of each true class are scaled to that share.
   */
  public double macroF1AtShare(double yesShare) {
    double[] f1 = f1AtShare(yesShare, macroF1(), macroF1());
    return (f1[0] + f1[1]) / 2;
  }

  /** The F1 of "yes" as it would be at {@code yesShare}, as {@link #macroF1AtShare}. */
  public double f1AtShare(double yesShare) {
    return f1AtShare(yesShare, f1(), f1Negative())[0];
  }

  /** F1 of "yes" and of "no" at a share of "yes"; the fallbacks when a class is missing. */
  private double[] f1AtShare(double yesShare, double yesFallback, double noFallback) {
    if (!(yesShare > 0 && yesShare < 1)) {
      throw new IllegalArgumentException("share must lie strictly between 0 and 1: " + yesShare);
    }
    double yes = tp + fn;
    double no = fp + tn;
    if (yes == 0 || no == 0) {
      return new double[] {yesFallback, noFallback};
    }
    double tpShare = yesShare * tp / yes;
    double fnShare = yesShare * fn / yes;
    double fpShare = (1 - yesShare) * fp / no;
    double tnShare = (1 - yesShare) * tn / no;
    return new double[] {
      ratio(2 * tpShare, 2 * tpShare + fpShare + fnShare),
      ratio(2 * tnShare, 2 * tnShare + fnShare + fpShare)
    };
  }

  /** The figures, rounded to 4 decimals, for a JSON summary. */
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("n", total());
    summary.put("accuracy", round(accuracy()));
    summary.put("precision", round(precision()));
    summary.put("recall", round(recall()));
    summary.put("f1", round(f1()));
    summary.put("macro_f1", round(macroF1()));
    summary.put("tp", tp);
    summary.put("fp", fp);
    summary.put("fn", fn);
    summary.put("tn", tn);
    return summary;
  }

  /** A figure rounded to 4 decimals. */
  public static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }
}
