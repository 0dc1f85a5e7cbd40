package org.fairpact.interfaces.rest;

import java.time.OffsetDateTime;
import org.fairpact.domain.model.analysis.Analysis;

/** Status, progress and timings of an analysis. */
public record AnalysisView(
    String id,
    String documentId,
    String status,
    String queue,
    int progress,
    Integer clausesTotal,
    int clausesDone,
    Integer findingsCount,
    String language,
    int attempts,
    String failureReason,
    String queuedAt,
    String startedAt,
    String completedAt,
    Long processingMillis) {

  static AnalysisView of(Analysis a) {
    return new AnalysisView(
        a.id().toString(),
        a.documentId().toString(),
        a.status().name(),
        a.queue().address(),
        a.progressPercent(),
        a.clausesTotal().orElse(null),
        a.clausesDone(),
        a.findingsCount().orElse(null),
        a.language().orElse(null),
        a.attempts(),
        a.failureReason().orElse(null),
        a.queuedAt().toString(),
        a.startedAt().map(OffsetDateTime::toString).orElse(null),
        a.completedAt().map(OffsetDateTime::toString).orElse(null),
        a.processingTime().map(d -> d.toMillis()).orElse(null));
  }
}
