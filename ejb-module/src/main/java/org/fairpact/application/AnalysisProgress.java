package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.application.webhook.AnalysisWebhooks;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;

/**
 * State changes that must be visible (or survive) even when the surrounding processing transaction
 * rolls back: progress, the reason of a failed attempt, the final failure. Each method commits on
 * its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnalysisProgress {

  @Inject AnalysisRepository analyses;

  @Inject AnalysisRequests requests;

  @Inject AnalysisWebhooks webhooks;

  /**
   * Marks the analysis PROCESSING and counts the attempt (committed even if the attempt then rolls
   * back).
   *
   * @return the analysis with its attempt count, or empty if it is already finished (a redelivered
   *     duplicate) or was erased (its document deleted): either way the request is to be dropped
   * @throws AnalysisNotVisibleException if no such analysis is visible (yet)
   */
  public Optional<Analysis> start(UUID analysisId) {
    Optional<Analysis> found = analyses.find(analysisId);
    if (found.isEmpty() && analyses.isErased(analysisId)) {
      return Optional.empty();
    }
    Analysis analysis = found.orElseThrow(() -> new AnalysisNotVisibleException(analysisId));
    if (analysis.status().isFinished()) {
      return Optional.empty();
    }
    analysis.start(OffsetDateTime.now());
    return Optional.of(analysis);
  }

  /**
   * The last attempt failed: the analysis is FAILED and its request goes to the dead-letter queue
   * for an operator to inspect, both in one transaction.
   */
  public void giveUp(AnalysisRequest request, String reason) {
    fail(request.analysisId(), reason);
    requests.deadLetter(request, reason);
  }

  /**
   * Whether the analysis was erased (its document deleted) since its request was sent; asked in a
   * transaction of its own, as the caller's may be marked for rollback.
   */
  public boolean isErased(UUID analysisId) {
    return analyses.isErased(analysisId);
  }

  public void clausesDone(UUID analysisId, int done, int total) {
    analyses.find(analysisId).ifPresent(a -> a.progress(done, total, OffsetDateTime.now()));
  }

  public void attemptFailed(UUID analysisId, String reason) {
    analyses.find(analysisId).ifPresent(a -> a.attemptFailed(reason));
  }

  /**
   * The document is defective: the analysis is FAILED with the defect's reason and code, and its
   * webhook delivery queued, in one transaction.
   */
  public void failOfDefect(UUID analysisId, String reason, String code) {
    analyses
        .find(analysisId)
        .filter(a -> !a.status().isFinished())
        .ifPresent(
            a -> {
              a.failOfDefect(reason, code, OffsetDateTime.now());
              webhooks.finished(a);
            });
  }

  /** The analysis is FAILED and its webhook delivery queued, in one transaction. */
  public void fail(UUID analysisId, String reason) {
    analyses
        .find(analysisId)
        .filter(a -> !a.status().isFinished())
        .ifPresent(
            a -> {
              a.fail(reason, OffsetDateTime.now());
              webhooks.finished(a);
            });
  }
}
