package org.fairpact.analysis;

import java.util.List;
import java.util.Objects;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.segmentation.Clause;

/**
 * A clause that resembles clauses in the register.
 *
 * @param clause the clause in the analysed document
 * @param risk the risk level of {@code score}
 * @param score similarity of the best match, in [0, 1]
 * @param matches the best register matches, best first, at most {@link ContractAnalyzer#MATCHES}
 */
public record ClauseFinding(
    Clause clause, RiskLevel risk, double score, List<RegisterMatch> matches) {

  public ClauseFinding {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(risk, "risk");
    matches = List.copyOf(matches);
  }
}
