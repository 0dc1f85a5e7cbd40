package org.fairpact.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.fairpact.analysis.classification.ExplanationFeature;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.verification.ClauseType;

/**
 * A clause that resembles clauses in the register or that the classifier judges potentially
 * abusive.
 *
 * @param clause the clause in the analysed document
 * @param risk the risk level: the higher of what the register similarity and the classifier give
 * @param score similarity of the most similar register match (not always the first), in [0, 1] (0
 *     without matches)
 * @param matches the best register matches in the register's order (first the entry the clause was
 *     most likely taken from, then by similarity), at most {@link ContractAnalyzer#MATCHES}
 * @param probability the classifier's probability that the clause is abusive (unfair), empty when
 *     the analysis ran without a model or the model has no classifier for the language
 * @param categories categories the classifier predicts (the CLAUDETTE codes for English)
 * @param explanation the clause's words that weighed most towards "abusive", strongest first
 * @param basis which evidence set {@code risk}
 * @param clauseType the type of register clause the clause is of, when its register evidence agrees
 *     on one (always for basis {@link RiskBasis#CLAUSE_TYPE})
 */
public record ClauseFinding(
    Clause clause,
    RiskLevel risk,
    double score,
    List<RegisterMatch> matches,
    OptionalDouble probability,
    List<String> categories,
    List<ExplanationFeature> explanation,
    RiskBasis basis,
    Optional<ClauseType> clauseType) {

  /** Confidence of register evidence by level, for {@link #confidence()}; see RiskThresholds. */
  private static final double[] REGISTER_CONFIDENCE = {0, 0.5, 0.8, 0.95};

  public ClauseFinding {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(clauseType, "clauseType");
    matches = List.copyOf(matches);
    categories = List.copyOf(categories);
    explanation = List.copyOf(explanation);
  }

  /** A finding from register evidence alone, as analyses without a model produce them. */
  public ClauseFinding(Clause clause, RiskLevel risk, double score, List<RegisterMatch> matches) {
    this(
        clause,
        risk,
        score,
        matches,
        OptionalDouble.empty(),
        List.of(),
        List.of(),
        RiskBasis.REGISTER,
        Optional.empty());
  }

  /**
   * How likely the clause is abusive, in [0, 1]: the classifier's probability (calibrated on dev
   * data), the pair verifier's probability for the first register match, or the nominal precision
   * of the register level (0.95 high, 0.8 medium, 0.5 low), whichever is highest.
   */
  public double confidence() {
    double register = REGISTER_CONFIDENCE[RiskThresholds.riskOf(score).ordinal()];
    double verified = matches.isEmpty() ? 0 : matches.get(0).verified().orElse(0);
    return Math.max(Math.max(register, verified), probability.orElse(0));
  }
}
