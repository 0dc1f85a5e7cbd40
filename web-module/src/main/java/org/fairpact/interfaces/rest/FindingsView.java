package org.fairpact.interfaces.rest;

import java.util.List;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.Evidence;
import org.fairpact.domain.model.analysis.Finding;

/** The findings of a completed analysis with their register evidence. */
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
      List<EvidenceView> evidence) {}

  public record EvidenceView(
      int registerNumber,
      double similarity,
      String caseSignature,
      String court,
      String judgmentDate,
      String sector) {}

  static FindingsView of(Analysis analysis, List<Finding> findings) {
    return new FindingsView(
        analysis.id().toString(),
        analysis.status().name(),
        analysis.language().orElse(null),
        findings.stream().map(FindingsView::finding).toList());
  }

  private static FindingView finding(Finding f) {
    var position = f.position();
    return new FindingView(
        position.clauseIndex(),
        position.page(),
        position.start(),
        position.end(),
        f.excerpt(),
        f.risk().name(),
        round(f.score()),
        f.evidence().stream().map(FindingsView::evidence).toList());
  }

  private static EvidenceView evidence(Evidence e) {
    return new EvidenceView(
        e.registerNumber(),
        round(e.similarity()),
        e.caseSignature(),
        e.court(),
        e.judgmentDate() == null ? null : e.judgmentDate().toString(),
        e.sector());
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
