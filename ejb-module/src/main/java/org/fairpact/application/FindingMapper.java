package org.fairpact.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairpact.analysis.AnalysisResult;
import org.fairpact.analysis.ClauseFinding;
import org.fairpact.analysis.RiskBasis;
import org.fairpact.analysis.RiskThresholds;
import org.fairpact.analysis.classification.ExplanationFeature;
import org.fairpact.analysis.matching.RegisterMatch;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.domain.model.analysis.ClausePosition;
import org.fairpact.domain.model.analysis.Evidence;
import org.fairpact.domain.model.analysis.Explanation;
import org.fairpact.domain.model.analysis.Finding;

/**
 * Turns the engine's findings into persistent ones with a snapshot of their register evidence, of
 * the clause type they are of and of what the classifier said (probability, categories and the
 * words that weighed most). Register evidence is the first match always when the register set the
 * risk, every match when the clause's type set it (its matches are the type's representative
 * entries), and otherwise only matches that are themselves at least LOW similar: a clause the
 * classifier flagged need not resemble any entry.
 *
 * <p>An entry's court, case signature, date and sector come from the result ({@link
 * AnalysisResult#entry}), that is from the register the analysis matched against: a sync landing
 * meanwhile cannot give a match the metadata of another register.
 */
final class FindingMapper {

  private FindingMapper() {}

  static List<Finding> toFindings(UUID analysisId, AnalysisResult result) {
    List<Finding> findings = new ArrayList<>();
    for (ClauseFinding finding : result.findings()) {
      var clause = finding.clause();
      List<Evidence> evidence = new ArrayList<>();
      int rank = 1;
      boolean registerSetTheRisk = finding.basis() == RiskBasis.REGISTER;
      boolean typeSetTheRisk = finding.basis() == RiskBasis.CLAUSE_TYPE;
      for (RegisterMatch match : finding.matches()) {
        if (!typeSetTheRisk
            && (rank > 1 || !registerSetTheRisk)
            && match.similarity() < RiskThresholds.LOW) {
          // not evidence; the first match can be less similar than the next (the register puts
          // first the near-best entry containing the most of the clause), so look on
          continue;
        }
        RegisterEntry entry = result.entry(match.registerNumber()).orElse(null);
        evidence.add(
            new Evidence(
                rank++,
                match.registerNumber(),
                match.similarity(),
                match.verified(),
                entry == null ? null : entry.caseSignature(),
                entry == null ? null : entry.court(),
                entry == null ? null : entry.judgmentDate(),
                entry == null ? null : entry.sector(),
                match.sharedWording(),
                match.sameWording()));
      }
      findings.add(
          new Finding(
              analysisId,
              new ClausePosition(clause.index(), clause.page(), clause.start(), clause.end()),
              clause.text(),
              finding.risk(),
              finding.score(),
              evidence,
              finding.basis(),
              finding.probability(),
              finding.categories(),
              explanation(finding.explanation()),
              finding.clauseType()));
    }
    return findings;
  }

  private static List<Explanation> explanation(List<ExplanationFeature> features) {
    List<Explanation> explanation = new ArrayList<>();
    for (ExplanationFeature feature : features) {
      explanation.add(
          new Explanation(
              explanation.size() + 1, feature.text(), feature.feature(), feature.weight()));
    }
    return explanation;
  }
}
