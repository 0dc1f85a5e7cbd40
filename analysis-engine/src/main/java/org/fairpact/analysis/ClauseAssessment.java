package org.fairpact.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fairpact.analysis.classification.ClausePrediction;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.verification.ClauseType;

/**
 * Everything the engine concludes about one clause: its register evidence and, with a model, the
 * classifier's verdict, each graded, and the combined risk.
 *
 * @param matches the best register matches, best first
 * @param registerRisk the risk level of the best match's similarity ({@link RiskThresholds}); NONE
 *     below {@link ContractAnalyzer#REGISTER_FLOOR}
 * @param prediction the classifier's verdict (without explanation, which {@link
 *     ContractAnalyzer#analyse} adds to findings only), empty without a model for the language
 * @param classifierRisk the risk level of the classifier's probability (the model's calibrated
 *     bands), NONE without a verdict
 * @param clauseType the type of register clause the clause is of, when verification found one
 * @param typeRisk the risk level the clause type gives (LOW), NONE when the register matched the
 *     clause or no type was found
 */
public record ClauseAssessment(
    List<RegisterMatch> matches,
    RiskLevel registerRisk,
    Optional<ClausePrediction> prediction,
    RiskLevel classifierRisk,
    Optional<ClauseType> clauseType,
    RiskLevel typeRisk) {

  public ClauseAssessment {
    matches = List.copyOf(matches);
    Objects.requireNonNull(registerRisk, "registerRisk");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(classifierRisk, "classifierRisk");
    Objects.requireNonNull(clauseType, "clauseType");
    Objects.requireNonNull(typeRisk, "typeRisk");
  }

  /**
   * The clause's register score: the similarity of its most similar register match, 0 without
   * matches. The first match may be a less similar entry that contains more of the clause (the
   * entry it was most likely copied from); the score is how close the clause comes to any ruled
   * clause.
   */
  public double similarity() {
    return registerScore(matches);
  }

  /** The register score of a clause with these matches. */
  public static double registerScore(List<RegisterMatch> matches) {
    return matches.stream().mapToDouble(RegisterMatch::similarity).max().orElse(0);
  }

  /** The highest of the register's, the clause type's and the classifier's risk. */
  public RiskLevel risk() {
    RiskLevel evidence = typeRisk.compareTo(registerRisk) > 0 ? typeRisk : registerRisk;
    return classifierRisk.compareTo(evidence) > 0 ? classifierRisk : evidence;
  }

  /**
   * Which evidence set the risk: the register when it gives the highest level, then the clause
   * type, and the classifier only when it gives more than both.
   */
  public RiskBasis basis() {
    RiskLevel evidence = typeRisk.compareTo(registerRisk) > 0 ? typeRisk : registerRisk;
    if (classifierRisk.compareTo(evidence) > 0) {
      return RiskBasis.CLASSIFIER;
    }
    return typeRisk.compareTo(registerRisk) > 0 ? RiskBasis.CLAUSE_TYPE : RiskBasis.REGISTER;
  }
}
