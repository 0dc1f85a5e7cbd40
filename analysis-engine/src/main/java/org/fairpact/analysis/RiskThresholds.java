package org.fairpact.analysis;

/**
 * Similarity boundaries between risk levels. Similarities are those of {@link
 * org.fairpact.analysis.matching.RegisterIndex}, comparable across clauses.
 */
public final class RiskThresholds {

  /** Verbatim or near-verbatim copies of a register clause. */
  public static final double HIGH = 0.85;

  /** The register clause with edits: names, amounts, dropped or reordered words. */
  public static final double MEDIUM = 0.6;

  /** Clearly shared wording, below what editing a copy produces. */
  public static final double LOW = 0.45;

  private RiskThresholds() {}

  /** The risk level of a best-match similarity. */
  public static RiskLevel riskOf(double similarity) {
    if (similarity >= HIGH) {
      return RiskLevel.HIGH;
    }
    if (similarity >= MEDIUM) {
      return RiskLevel.MEDIUM;
    }
    return similarity >= LOW ? RiskLevel.LOW : RiskLevel.NONE;
  }
}
