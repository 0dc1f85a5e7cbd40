package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.webhook.Webhook;
import org.fairpact.domain.model.webhook.WebhookAttempt;
import org.fairpact.domain.model.webhook.WebhookDelivery;
import org.fairpact.domain.model.webhook.WebhookRepository;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

  @PersistenceContext(unitName = "fairpact")
  EntityManager em;

  @Override
  public Optional<Webhook> find(String tenant) {
    return Optional.ofNullable(em.find(Webhook.class, tenant));
  }

  @Override
  public boolean storeIfAbsent(Webhook webhook) {
    return em.createNativeQuery(
                "INSERT INTO webhook (tenant, url, secret, created_at, updated_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant) DO NOTHING")
            .setParameter(1, webhook.tenant())
            .setParameter(2, webhook.url())
            .setParameter(3, webhook.secret())
            .setParameter(4, webhook.createdAt())
            .setParameter(5, webhook.updatedAt())
            .executeUpdate()
        == 1;
  }

  @Override
  public void remove(Webhook webhook) {
    em.remove(em.contains(webhook) ? webhook : em.merge(webhook));
  }

  @Override
  public void add(WebhookDelivery delivery) {
    em.persist(delivery);
  }

  @Override
  public void add(WebhookAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public List<WebhookDelivery> deliveries(String tenant, Optional<Long> before, int limit) {
    var query =
        before.isPresent()
            ? em.createNamedQuery("WebhookDelivery.ofTenantBefore", WebhookDelivery.class)
                .setParameter("before", before.get())
            : em.createNamedQuery("WebhookDelivery.ofTenant", WebhookDelivery.class);
    return query.setParameter("tenant", tenant).setMaxResults(limit).getResultList();
  }

  @Override
  public List<WebhookAttempt> attempts(Collection<Long> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("WebhookAttempt.ofDeliveries", WebhookAttempt.class)
        .setParameter("deliveries", deliveryIds)
        .getResultList();
  }

  @Override
  public List<WebhookDelivery> lockDue(OffsetDateTime now, int limit) {
    @SuppressWarnings("unchecked")
    List<WebhookDelivery> due =
        em.createNativeQuery(
                "SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                    + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED",
                WebhookDelivery.class)
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return due;
  }

  @Override
  public Optional<WebhookDelivery> lock(long deliveryId) {
    return Optional.ofNullable(
        em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public int giveUpPending(String tenant, OffsetDateTime now) {
    return em.createQuery(
            "UPDATE WebhookDelivery d SET d.status ="
                + " org.fairpact.domain.model.webhook.DeliveryStatus.FAILED,"
                + " d.nextAttemptAt = NULL, d.finishedAt = :now"
                + " WHERE d.tenant = :tenant AND d.status ="
                + " org.fairpact.domain.model.webhook.DeliveryStatus.PENDING")
        .setParameter("now", now)
        .setParameter("tenant", tenant)
        .executeUpdate();
  }

  @Override
  public int eraseDeliveries(UUID analysisId) {
    return em.createNativeQuery("DELETE FROM webhook_delivery WHERE analysis_id = CAST(?1 AS uuid)")
        .setParameter(1, analysisId.toString())
        .executeUpdate();
  }

  @Override
  public long pending() {
    return em.createNamedQuery("WebhookDelivery.countPending", Long.class).getSingleResult();
  }
}
