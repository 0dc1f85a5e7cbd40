package org.fairpact.domain.model.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One attempt of a delivery: when, to which URL, and the receiver's HTTP status or, when there was
 * no answer (or no request: the address was refused), the error.
 */
@Entity
@Table(name = "webhook_attempt")
@NamedQuery(
    name = "WebhookAttempt.ofDeliveries",
    query =
        "SELECT a FROM WebhookAttempt a WHERE a.deliveryId IN :deliveries"
            + " ORDER BY a.deliveryId, a.number, a.id")
public class WebhookAttempt {

  public static final int MAX_ERROR_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private Long deliveryId;

  @Column(nullable = false)
  private int number;

  @Column(name = "attempted_at", nullable = false)
  private OffsetDateTime attemptedAt;

  private String url;

  @Column(name = "http_status")
  private Integer httpStatus;

  private String error;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  protected WebhookAttempt() {}

  public WebhookAttempt(
      long deliveryId,
      int number,
      OffsetDateTime attemptedAt,
      String url,
      Integer httpStatus,
      String error,
      long durationMs) {
    this.deliveryId = deliveryId;
    this.number = number;
    this.attemptedAt = attemptedAt;
    this.url = url;
    this.httpStatus = httpStatus;
    this.error =
        error == null || error.length() <= MAX_ERROR_LENGTH
            ? error
            : error.substring(0, MAX_ERROR_LENGTH);
    this.durationMs = durationMs;
  }

  public long deliveryId() {
    return deliveryId;
  }

  public int number() {
    return number;
  }

  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  public Optional<Integer> httpStatus() {
    return Optional.ofNullable(httpStatus);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  public long durationMs() {
    return durationMs;
  }
}
