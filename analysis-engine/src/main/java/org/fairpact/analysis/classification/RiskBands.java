package org.fairpact.analysis.classification;

/**
 * Probability thresholds of the three risk levels a classifier's verdict can reach, chosen on dev
 * data, with the precision each had there: the share of dev clauses at or above the threshold that
 * were truly abusive (or unfair). {@code low} is the decision threshold (the best macro-F1 on dev
 * for Polish, the best F1 of the unfair class for English); {@code medium} and {@code high} are the
 * lowest thresholds whose dev precision reached {@link #MEDIUM_PRECISION} and {@link
 * #HIGH_PRECISION} (never below the level under them). A threshold above 1 means the level was
 * never reached with that precision and the classifier alone does not grant it.
 */
public record RiskBands(
    double low,
    double medium,
    double high,
    double lowPrecision,
    double mediumPrecision,
    double highPrecision) {

  /** Precision the medium level is chosen to have on dev data. */
  public static final double MEDIUM_PRECISION = 0.8;

  /** Precision the high level is chosen to have on dev data. */
  public static final double HIGH_PRECISION = 0.9;

  public RiskBands {
    if (!(low <= medium && medium <= high)) {
      throw new IllegalArgumentException(
          "bands out of order: " + low + ", " + medium + ", " + high);
    }
  }

  /** 0 (below low), 1 (low), 2 (medium) or 3 (high). */
  public int level(double probability) {
    if (probability >= high) {
      return 3;
    }
    if (probability >= medium) {
      return 2;
    }
    return probability >= low ? 1 : 0;
  }
}
