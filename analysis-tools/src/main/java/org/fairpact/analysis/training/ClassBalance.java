package org.fairpact.analysis.training;

import org.fairpact.analysis.metrics.BinaryCounts;

/**
 * At which balance of the two classes dev data is read when a classifier is tuned on it: the
 * sigmoid that turns decision values into probabilities, the decision threshold and the precision
 * of the risk bands all depend on how common the positive class is.
 */
enum ClassBalance {

  /**
   * As the dev data has it. Right when dev is sampled like the data the model will meet
   * (UNFAIR-ToS: train, validation and test are all about 10 % unfair sentences).
   */
  AS_IN_DEV,

  /**
   * Both classes weighing the same, whatever their share in dev. Right when the share in dev is an
   * accident of sampling: PAC's dev split is 70 % abusive, its train split 45 % and its test split
   * (as its authors publish) 32 %; tuning at dev's share would bake 70 % into the threshold.
   */
  EVEN;

  /** The macro-F1 this balance tunes for. */
  double macroF1(BinaryCounts counts) {
    return this == EVEN ? counts.macroF1AtEvenOdds() : counts.macroF1();
  }

  /** The precision this balance states for a risk band. */
  double precision(BinaryCounts counts) {
    return this == EVEN ? counts.precisionAtEvenOdds() : counts.precision();
  }

  /** Weight of a positive example when the probability sigmoid is fitted on {@code truth}. */
  double positiveWeight(boolean[] truth) {
    if (this == AS_IN_DEV) {
      return 1;
    }
    int positives = 0;
    for (boolean positive : truth) {
      positives += positive ? 1 : 0;
    }
    int negatives = truth.length - positives;
    return positives == 0 || negatives == 0 ? 1 : (double) negatives / positives;
  }
}
