package org.fairpact.analysis;

/**
 * How strongly a clause resembles clauses ruled abusive, from the similarity of its best register
 * match (see {@link RiskThresholds} for the boundaries and how they were chosen).
 */
public enum RiskLevel {
  /** No register clause resembles it. */
  NONE,
  /** Shares substantial wording with a register clause; worth a look. */
  LOW,
  /** The register clause rephrased or adapted: probably the same provision. */
  MEDIUM,
  /** The register clause copied verbatim or nearly so. */
  HIGH
}
