package org.fairpact.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.logging.Logger;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.webhook.WebhookDelivery;
import org.fairpact.domain.model.webhook.WebhookRepository;

/**
 * Queues the delivery of an analysis outcome to its tenant's webhook, in the caller's transaction:
 * the one that records the outcome. So a delivery exists exactly when the outcome committed (at
 * least once, never for an outcome rolled back), and nothing here waits for the receiver.
 */
@ApplicationScoped
public class AnalysisWebhooks {

  @Inject WebhookRepository webhooks;
  @Inject Event<WebhookQueued> queued;
  @Inject Logger log;

  /** The analysis is being erased: its deliveries, pending or not, go with it. */
  public void erased(UUID analysisId) {
    webhooks.eraseDeliveries(analysisId);
  }

  /** The analysis has just become COMPLETED or FAILED; a no-op for a tenant without a webhook. */
  public void finished(Analysis analysis) {
    if (webhooks.find(analysis.tenant()).isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now();
    WebhookDelivery delivery =
        new WebhookDelivery(
            analysis.tenant(),
            WebhookPayload.eventType(analysis),
            analysis.id(),
            WebhookPayload.of(analysis, now),
            now);
    webhooks.add(delivery);
    queued.fire(new WebhookQueued(delivery.messageId()));
    log.fine(
        () ->
            "analysis="
                + analysis.id()
                + " webhook "
                + delivery.eventType()
                + " queued as "
                + delivery.messageId());
  }
}
