package org.fairpact.domain.model.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One event for a tenant's webhook (an analysis COMPLETED or FAILED) and where its delivery stands.
 * The payload is fixed when the event happens, so every attempt sends the same body under the same
 * message id. Invariant: once DELIVERED or FAILED nothing changes but the attempts recorded.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
    name = "WebhookDelivery.ofTenant",
    query = "SELECT d FROM WebhookDelivery d WHERE d.tenant = :tenant ORDER BY d.id DESC")
@NamedQuery(
    name = "WebhookDelivery.ofTenantBefore",
    query =
        "SELECT d FROM WebhookDelivery d WHERE d.tenant = :tenant AND d.id < :before"
            + " ORDER BY d.id DESC")
@NamedQuery(
    name = "WebhookDelivery.countPending",
    query =
        "SELECT count(d) FROM WebhookDelivery d WHERE d.status ="
            + " org.fairpact.domain.model.webhook.DeliveryStatus.PENDING")
public class WebhookDelivery {

  public static final String ANALYSIS_COMPLETED = "analysis.completed";
  public static final String ANALYSIS_FAILED = "analysis.failed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "message_id", nullable = false)
  private String messageId;

  @Column(nullable = false)
  private String tenant;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(name = "analysis_id", nullable = false)
  private UUID analysisId;

  @Column(nullable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "first_attempt_at")
  private OffsetDateTime firstAttemptAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      String tenant, String eventType, UUID analysisId, String payload, OffsetDateTime now) {
    this.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
    this.tenant = tenant;
    this.eventType = eventType;
    this.analysisId = analysisId;
    this.payload = payload;
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /**
   * Takes the next attempt: counted now, and the delivery is not due again before {@code leaseEnd},
   * so no other deliverer sends it meanwhile; if this one dies, it is due then again.
   *
   * @return the number of this attempt (1 for the first)
   */
  public int beginAttempt(OffsetDateTime now, OffsetDateTime leaseEnd) {
    attempts++;
    if (firstAttemptAt == null) {
      firstAttemptAt = now;
    }
    nextAttemptAt = leaseEnd;
    return attempts;
  }

  public void delivered(OffsetDateTime now) {
    status = DeliveryStatus.DELIVERED;
    nextAttemptAt = null;
    finishedAt = now;
  }

  public void retryAt(OffsetDateTime when) {
    nextAttemptAt = when;
  }

  public void giveUp(OffsetDateTime now) {
    status = DeliveryStatus.FAILED;
    nextAttemptAt = null;
    finishedAt = now;
  }

  public boolean isPending() {
    return status == DeliveryStatus.PENDING;
  }

  public Long id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String tenant() {
    return tenant;
  }

  public String eventType() {
    return eventType;
  }

  public UUID analysisId() {
    return analysisId;
  }

  public String payload() {
    return payload;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<OffsetDateTime> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> firstAttemptAt() {
    return Optional.ofNullable(firstAttemptAt);
  }

  public Optional<OffsetDateTime> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
