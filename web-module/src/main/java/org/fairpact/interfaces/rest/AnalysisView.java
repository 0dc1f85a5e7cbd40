package org.fairpact.interfaces.rest;

import java.time.OffsetDateTime;
import org.fairpact.domain.model.analysis.Analysis;

/**
 * Status, progress and timings of an analysis; once COMPLETED also its document risk score (the
 * chance that at least one finding is really abusive) and the clause model that classified it
 * (absent when register evidence alone was used). A FAILED analysis shows its human-readable {@code
 * failureReason} and, when its document was defective, the stable {@code failureCode} (e.g. {@code
 * too-many-pages}, {@code deadline-exceeded}) for programs to branch on. {@code tenant} names whose
 * analysis it is (admins list several tenants' analyses).
 */
public record AnalysisView(
    String id,
    String documentId,
    String tenant,
    String status,
    String queue,
    int progress,
    Integer clausesTotal,
    int clausesDone,
    Integer findingsCount,
    String language,
    int attempts,
    String failureReason,
    String failureCode,
    String queuedAt,
    String startedAt,
    String completedAt,
    Long processingMillis,
    Double documentRisk,
    String model) {

  static AnalysisView of(Analysis a) {
    return new AnalysisView(
        a.id().toString(),
        a.documentId().toString(),
        a.tenant(),
        a.status().name(),
        a.queue().address(),
        a.progressPercent(),
        a.clausesTotal().orElse(null),
        a.clausesDone(),
        a.findingsCount().orElse(null),
        a.language().orElse(null),
        a.attempts(),
        a.failureReason().orElse(null),
        a.failureCode().orElse(null),
        a.queuedAt().toString(),
        a.startedAt().map(OffsetDateTime::toString).orElse(null),
        a.completedAt().map(OffsetDateTime::toString).orElse(null),
        a.processingTime().map(d -> d.toMillis()).orElse(null),
        a.documentRisk().map(r -> Math.round(r * 1000) / 1000.0).orElse(null),
        a.modelVersion().orElse(null));
  }
}
