package org.fairpact.interfaces.rest;

import java.util.List;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.Evidence;
import org.fairpact.domain.model.analysis.Explanation;
import org.fairpact.domain.model.analysis.Finding;

/**
 * The findings of a completed analysis with their evidence: the register entries they resemble, the
 * type of register clause they are of ({@code clauseType}, absent when none) and, for clauses the
 * trained classifier judged, its verdict ({@code classifier}, absent when the clause was not
 * classified). {@code basis} says which evidence set the risk level (REGISTER, CLAUSE_TYPE or
 * CLASSIFIER) and {@code reason} says it in one line for people.
 */
public record FindingsView(
    String analysisId, String status, String language, List<FindingView> findings) {

  public record FindingView(
      int clauseIndex,
      int page,
      int start,
      int end,
      String excerpt,
      String risk,
      double score,
      List<EvidenceView> evidence,
      String basis,
      ClassifierView classifier,
      ClauseTypeView clauseType,
      String reason) {}

  /**
   * A register entry the clause resembles.
   *
   * @param verified the pair verifier's probability that the clause is this entry, reworded or not;
   *     absent where the verifier did not judge the pair (English clauses)
   * @param sharedWording the entry's passages of two or more words that the clause has too, in any
   *     inflection, in the entry's order and as the register writes them
   * @param sameWording the register numbers of other entries with the same wording (the same clause
   *     ruled against other businesses); evidence names each wording once
   */
  public record EvidenceView(
      int registerNumber,
      double similarity,
      Double verified,
      String caseSignature,
      String court,
      String judgmentDate,
      String sector,
      List<String> sharedWording,
      List<Integer> sameWording) {}

  /**
   * A type of clause the register holds many times.
   *
   * @param id stable identifier, e.g. {@code complaint-restriction}
   * @param label the type as a lawyer names it, in Polish
   * @param description what makes such a clause abusive, in English
   */
  public record ClauseTypeView(String id, String label, String description) {}

  /**
   * What the classifier said about the clause.
   *
   * @param probability calibrated probability that the clause is abusive (unfair)
   * @param categories predicted categories (for English the CLAUDETTE codes LTD, TER, CH, CR, USE,
   *     LAW, J, A)
   * @param explanation the clause's words that weighed most towards "abusive", strongest first
   */
  public record ClassifierView(
      double probability, List<String> categories, List<ExplanationView> explanation) {}

  /**
   * @param text the clause's own words
   * @param feature the model feature behind them ({@code w:} stemmed word n-gram, {@code c:}
   *     character n-gram)
   * @param weight its contribution to the decision value
   */
  public record ExplanationView(String text, String feature, double weight) {}

  static FindingsView of(Analysis analysis, List<Finding> findings) {
    return new FindingsView(
        analysis.id().toString(),
        analysis.status().name(),
        analysis.language().orElse(null),
        findings.stream().map(FindingsView::finding).toList());
  }

  static FindingView finding(Finding f) {
    var position = f.position();
    return new FindingView(
        position.clauseIndex(),
        position.page(),
        position.start(),
        position.end(),
        f.excerpt(),
        f.risk().name(),
        round(f.score()),
        f.evidence().stream().map(FindingsView::evidence).toList(),
        f.basis().name(),
        classifier(f),
        f.clauseType()
            .map(t -> new ClauseTypeView(t.id(), t.label(), t.description()))
            .orElse(null),
        FindingReason.of(f));
  }

  private static ClassifierView classifier(Finding f) {
    if (f.probability().isEmpty()) {
      return null;
    }
    return new ClassifierView(
        round(f.probability().getAsDouble()),
        f.categories(),
        f.explanation().stream().map(FindingsView::explanation).toList());
  }

  private static EvidenceView evidence(Evidence e) {
    return new EvidenceView(
        e.registerNumber(),
        round(e.similarity()),
        e.verified().isPresent() ? round(e.verified().getAsDouble()) : null,
        e.caseSignature(),
        e.court(),
        e.judgmentDate() == null ? null : e.judgmentDate().toString(),
        e.sector(),
        e.sharedWording(),
        e.sameWording());
  }

  private static ExplanationView explanation(Explanation e) {
    return new ExplanationView(e.phrase(), e.feature(), round(e.weight()));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
