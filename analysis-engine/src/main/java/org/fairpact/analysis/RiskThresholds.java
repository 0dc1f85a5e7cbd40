package org.fairpact.analysis;

/**
 * Similarity boundaries between risk levels. Similarities are those of {@link
 * org.fairpact.analysis.matching.RegisterIndex}, comparable across clauses.
 *
 * <p>Calibrated on PAC dev (1,519 clauses from real contracts, 70 % abusive, mostly not in the
 * register): clauses whose best match reaches HIGH were all abusive (7 of 7), MEDIUM and up 24 of
 * 28 (0.86), LOW and up 40 of 54 (0.74, above the 0.70 base rate); of the 456 safe clauses 0 reach
 * HIGH, 4 (0.9 %) MEDIUM and 14 (3.1 %) LOW. The safe clauses that come closest are jurisdiction
 * clauses naming the court the law names ("sąd właściwy"), one phrase away from the abusive
 * register clause naming the seller's seat.
 */
public final class RiskThresholds {

  /** Verbatim or near-verbatim copies of a register clause. */
  public static final double HIGH = 0.85;

  /** The register clause with edits: names, amounts, dropped or reordered words. */
  public static final double MEDIUM = 0.65;

  /** Clearly shared wording, below what editing a copy produces. */
  public static final double LOW = 0.55;

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
