package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.webhook.AnalysisWebhooks;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;

/**
 * Requeues one stuck analysis: back to QUEUED, a fresh request message and a system event, in one
 * XA transaction, so the message exists exactly when the row says it was requeued. If a worker
 * touched the analysis meanwhile, the optimistic lock fails the transaction and nothing is sent.
 * After {@code fairpact.reaper.max-requeues} the analysis fails instead: something in it hangs
 * every worker.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnalysisRequeue {

  public static final String ANALYSIS_REQUEUED = "ANALYSIS_REQUEUED";

  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequests requests;
  @Inject DeadLetters deadLetters;
  @Inject SystemEvents events;
  @Inject AnalysisWebhooks webhooks;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.reaper.max-requeues", defaultValue = "3")
  int maxRequeues;

  public Outcome requeueIfStuck(UUID analysisId, OffsetDateTime cutoff) {
    Analysis analysis = analyses.find(analysisId).orElse(null);
    if (analysis == null || !analysis.isStuck(cutoff)) {
      return Outcome.NOT_STUCK;
    }
    OffsetDateTime now = OffsetDateTime.now();
    if (analysis.requeues() >= maxRequeues) {
      analysis.fail("stuck in PROCESSING after " + analysis.requeues() + " requeues; gave up", now);
      webhooks.finished(analysis);
      log.warning(() -> "analysis=" + analysisId + " stuck again; failed after requeues");
      return Outcome.GAVE_UP;
    }
    String lastSignOfLife =
        String.valueOf(analysis.heartbeatAt().orElse(analysis.startedAt().orElse(null)));
    return requeue(
        analysis,
        new AnalysisRequest(
            analysis.id(), analysis.documentId(), analysis.tenant(), analysis.queue()),
        "lastSignOfLife",
        lastSignOfLife,
        "was stuck in PROCESSING",
        now);
  }

  /**
   * Puts back a request the broker dead-lettered (no instance could begin it): the message leaves
   * the dead-letter queue, the analysis is requeued, both with the event in one transaction. A
   * finished analysis's message stays where it is for operators.
   */
  public Outcome requeueDeadLettered(DeadLetters.DeadLetter letter) {
    UUID analysisId = letter.request().analysisId();
    Analysis analysis = analyses.find(analysisId).orElse(null);
    if (analysis == null
        || analysis.status().isFinished()
        || !deadLetters.take(letter.messageId())) {
      return Outcome.NOT_STUCK;
    }
    OffsetDateTime now = OffsetDateTime.now();
    if (analysis.requeues() >= maxRequeues) {
      analysis.fail(
          "request dead-lettered by the broker after " + analysis.requeues() + " requeues; gave up",
          now);
      webhooks.finished(analysis);
      requests.deadLetter(letter.request(), "gave up after requeues");
      return Outcome.GAVE_UP;
    }
    return requeue(
        analysis,
        letter.request(),
        "from",
        "analysis.dlq",
        "was dead-lettered by the broker before any attempt",
        now);
  }

  /** Back to QUEUED, a fresh request message and the event, in the caller's transaction. */
  private Outcome requeue(
      Analysis analysis,
      AnalysisRequest request,
      String detailName,
      String detail,
      String why,
      OffsetDateTime now) {
    int number = analysis.requeue(now);
    requests.requeue(request, number);
    events.record(
        ANALYSIS_REQUEUED,
        analysis.id().toString(),
        Json.createObjectBuilder()
            .add("requeue", number)
            .add("attempts", analysis.attempts())
            .add(detailName, detail)
            .build()
            .toString());
    log.info(() -> "analysis=" + analysis.id() + " " + why + "; requeued (" + number + ")");
    return Outcome.REQUEUED;
  }

  public enum Outcome {
    REQUEUED,
    GAVE_UP,
    NOT_STUCK
  }
}
