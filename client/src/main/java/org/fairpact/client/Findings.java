package org.fairpact.client;

import java.util.List;

/** The risky clauses of a completed analysis with their evidence. */
public record Findings(String analysisId, String status, String language, List<Finding> findings) {

  /**
   * One risky clause: where it is, its risk (LOW, MEDIUM, HIGH) and score, the evidence, which
   * evidence set the risk ({@code basis}: REGISTER, CLAUSE_TYPE, CLASSIFIER) and why, in one line.
   */
  public record Finding(
      int clauseIndex,
      int page,
      int start,
      int end,
      String excerpt,
      String risk,
      double score,
      List<Evidence> evidence,
      String basis,
      Classifier classifier,
      ClauseType clauseType,
      String reason) {}

  /** A register entry the clause resembles. */
  public record Evidence(
      int registerNumber,
      double similarity,
      Double verified,
      String caseSignature,
      String court,
      String judgmentDate,
      String sector,
      List<String> sharedWording,
      List<Integer> sameWording) {}

  /** The classifier's verdict on the clause. */
  public record Classifier(
      double probability, List<String> categories, List<Explanation> explanation) {}

  /** Words of the clause that weighed towards "abusive". */
  public record Explanation(String text, String feature, double weight) {}

  /** A type of clause the register holds many times. */
  public record ClauseType(String id, String label, String description) {}
}
