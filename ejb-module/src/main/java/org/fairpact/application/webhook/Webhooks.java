package org.fairpact.application.webhook;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fairpact.domain.model.webhook.Webhook;
import org.fairpact.domain.model.webhook.WebhookAttempt;
import org.fairpact.domain.model.webhook.WebhookDelivery;
import org.fairpact.domain.model.webhook.WebhookRepository;
import org.fairpact.domain.model.webhook.WebhookSecret;

/**
 * A tenant's webhook: register or re-point it, read it, remove it, and list its deliveries. The
 * secret is issued when the webhook is created and when the caller asks for a new one; pointing the
 * webhook elsewhere keeps it. It is shown once, and stored sealed ({@link SecretSealing}).
 */
@Stateless
public class Webhooks {

  @Inject WebhookRepository webhooks;
  @Inject WebhookSettings settings;
  @Inject SecretSealing sealing;

  /**
   * Creates the tenant's webhook or points it to a new URL.
   *
   * @throws WebhookUrlException if the URL is malformed or not allowed
   */
  public Registration register(String tenant, String url, boolean rotateSecret)
      throws WebhookUrlException {
    String checked = settings.policy().check(url).toString();
    OffsetDateTime now = OffsetDateTime.now();
    Optional<Webhook> existing = webhooks.find(tenant);
    if (existing.isEmpty()) {
      String secret = WebhookSecret.generate();
      Webhook created = new Webhook(tenant, checked, sealing.seal(tenant, secret), now);
      if (webhooks.storeIfAbsent(created)) {
        return new Registration(created, Optional.of(secret), true);
      }
      // Another PUT of the same tenant created it meanwhile: this one points it to its URL.
      existing = webhooks.find(tenant);
    }
    Webhook webhook = existing.orElseThrow();
    webhook.pointTo(checked, now);
    if (!rotateSecret) {
      return new Registration(webhook, Optional.empty(), false);
    }
    String secret = WebhookSecret.generate();
    webhook.rotateSecret(sealing.seal(tenant, secret), now);
    return new Registration(webhook, Optional.of(secret), false);
  }

  public Optional<Webhook> find(String tenant) {
    return webhooks.find(tenant);
  }

  /**
   * Removes the tenant's webhook; its pending deliveries are given up (their history stays).
   *
   * @return false if there was none
   */
  public boolean remove(String tenant) {
    Optional<Webhook> webhook = webhooks.find(tenant);
    webhook.ifPresent(
        found -> {
          webhooks.remove(found);
          webhooks.giveUpPending(tenant, OffsetDateTime.now());
        });
    return webhook.isPresent();
  }

  /** The tenant's deliveries, newest first, with their attempts. */
  public List<DeliveryRecord> deliveries(String tenant, Optional<Long> before, int limit) {
    List<WebhookDelivery> page = webhooks.deliveries(tenant, before, limit);
    Map<Long, List<WebhookAttempt>> attempts =
        webhooks.attempts(page.stream().map(WebhookDelivery::id).toList()).stream()
            .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
    return page.stream()
        .map(d -> new DeliveryRecord(d, attempts.getOrDefault(d.id(), List.of())))
        .toList();
  }

  /** The webhook as registered, and its secret when this registration issued one. */
  public record Registration(Webhook webhook, Optional<String> secret, boolean created) {}

  /** A delivery and its attempts, oldest first. */
  public record DeliveryRecord(WebhookDelivery delivery, List<WebhookAttempt> attempts) {}
}
