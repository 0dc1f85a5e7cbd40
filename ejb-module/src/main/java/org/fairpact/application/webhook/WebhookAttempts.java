package org.fairpact.application.webhook;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fairpact.domain.model.webhook.Webhook;
import org.fairpact.domain.model.webhook.WebhookAttempt;
import org.fairpact.domain.model.webhook.WebhookDelivery;
import org.fairpact.domain.model.webhook.WebhookRepository;

/**
 * The transactional steps around an attempt, each committed on its own so that no transaction is
 * open while a receiver is waited for. {@link #claim} takes due deliveries no other deliverer holds
 * (FOR UPDATE SKIP LOCKED), counts the attempt and leases the delivery for longer than an attempt
 * can take; {@link #record} stores the attempt and then marks the delivery DELIVERED, due again per
 * the retry schedule, or FAILED once the schedule is spent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookAttempts {

  static final String ATTEMPTS = "fairpact_webhook_attempts_total";
  static final String DELIVERIES = "fairpact_webhook_deliveries_total";

  @Inject WebhookRepository webhooks;
  @Inject WebhookSettings settings;
  @Inject SecretSealing sealing;
  @Inject MetricRegistry metrics;
  @Inject Logger log;

  /** Up to {@code max} due attempts, each leased to the caller. */
  public List<ClaimedAttempt> claim(int max) {
    OffsetDateTime now = OffsetDateTime.now();
    List<ClaimedAttempt> claimed = new ArrayList<>();
    for (WebhookDelivery delivery : webhooks.lockDue(now, max)) {
      Optional<Webhook> webhook = webhooks.find(delivery.tenant());
      if (webhook.isEmpty()) {
        int number = delivery.beginAttempt(now, now);
        webhooks.add(
            new WebhookAttempt(delivery.id(), number, now, null, null, "no webhook registered", 0));
        delivery.giveUp(now);
        finished("failed");
        continue;
      }
      int number = delivery.beginAttempt(now, now.plus(settings.lease()));
      claimed.add(
          new ClaimedAttempt(
              delivery.id(),
              delivery.messageId(),
              number,
              webhook.get().url(),
              secret(webhook.get()),
              delivery.payload()));
    }
    return claimed;
  }

  /** The webhook's signing secret, or null if this instance cannot open it (logged). */
  private String secret(Webhook webhook) {
    try {
      return sealing.open(webhook.tenant(), webhook.secret());
    } catch (IllegalStateException | IllegalArgumentException e) {
      log.warning("webhook of tenant " + webhook.tenant() + " not signed: " + e.getMessage());
      return null;
    }
  }

  /** Records the attempt and decides what comes next for its delivery. */
  public void record(ClaimedAttempt attempt, AttemptResult result) {
    metrics.counter(ATTEMPTS, new Tag("outcome", result.outcome().label())).inc();
    Optional<WebhookDelivery> locked = webhooks.lock(attempt.deliveryId());
    if (locked.isEmpty()) {
      return; // deleted meanwhile
    }
    WebhookDelivery delivery = locked.get();
    webhooks.add(
        new WebhookAttempt(
            delivery.id(),
            attempt.number(),
            result.at(),
            attempt.url(),
            result.httpStatus(),
            result.error(),
            result.durationMs()));
    OffsetDateTime now = OffsetDateTime.now();
    if (result.delivered()) {
      if (delivery.isPending()) {
        delivery.delivered(now);
        finished("delivered");
      }
      return;
    }
    if (!delivery.isPending() || delivery.attempts() != attempt.number()) {
      return; // given up meanwhile, or a later attempt owns the schedule
    }
    Optional<OffsetDateTime> next =
        settings
            .retries()
            .next(attempt.number(), delivery.firstAttemptAt().orElse(result.at()), now);
    if (next.isPresent()) {
      delivery.retryAt(next.get());
      return;
    }
    delivery.giveUp(now);
    finished("failed");
    log.warning(
        () ->
            "webhook delivery "
                + delivery.messageId()
                + " (tenant "
                + delivery.tenant()
                + ") FAILED after "
                + attempt.number()
                + " attempts");
  }

  /** PENDING deliveries of the whole cluster. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long pending() {
    return webhooks.pending();
  }

  private void finished(String outcome) {
    metrics.counter(DELIVERIES, new Tag("outcome", outcome)).inc();
  }
}
