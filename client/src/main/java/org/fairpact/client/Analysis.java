package org.fairpact.client;

import java.util.Set;

/**
 * An analysis: status (QUEUED, PROCESSING, COMPLETED, FAILED), progress and timings; the document's
 * risk and the model once COMPLETED; the reason (and for defective documents a stable code) once
 * FAILED. Members the server leaves out are null.
 */
public record Analysis(
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

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED");

  /** Whether the analysis has ended, one way or the other. */
  public boolean finished() {
    return FINISHED.contains(status);
  }
}
