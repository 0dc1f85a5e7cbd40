package org.fairpact.domain.model.webhook;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants' webhooks, their deliveries and the attempts of those. */
public interface WebhookRepository {

  Optional<Webhook> find(String tenant);

  /**
   * Stores a new webhook unless the tenant has one already (also one another transaction is
   * committing at the same time: this waits for it); returns whether it was stored.
   */
  boolean storeIfAbsent(Webhook webhook);

  void remove(Webhook webhook);

  /** Adds a delivery in the caller's transaction. */
  void add(WebhookDelivery delivery);

  void add(WebhookAttempt attempt);

  /** A tenant's deliveries, newest first, those with an id below {@code before} if given. */
  List<WebhookDelivery> deliveries(String tenant, Optional<Long> before, int limit);

  /** The attempts of the deliveries, by delivery and number. */
  List<WebhookAttempt> attempts(Collection<Long> deliveryIds);

  /**
   * Up to {@code limit} PENDING deliveries due at {@code now}, locked for the caller's transaction;
   * rows another transaction holds are skipped, not waited for.
   */
  List<WebhookDelivery> lockDue(OffsetDateTime now, int limit);

  /** The delivery, locked for the caller's transaction (waiting for another holder). */
  Optional<WebhookDelivery> lock(long deliveryId);

  /** Gives up the tenant's PENDING deliveries (its webhook is gone); returns how many. */
  int giveUpPending(String tenant, OffsetDateTime now);

  /** Removes the deliveries (and their attempts) of an erased analysis; returns how many. */
  int eraseDeliveries(UUID analysisId);

  /** PENDING deliveries of every tenant. */
  long pending();
}
