package org.fairpact.infrastructure.messaging.jms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An analysis request waiting in the outbox: written in the transaction of the change that calls
 * for it, published and deleted by the {@link OutboxRelay}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String address;

  @Column(name = "duplicate_id", nullable = false)
  private String duplicateId;

  @Column(name = "analysis_id", nullable = false)
  private UUID analysisId;

  @Column(nullable = false)
  private String body;

  @Column(name = "failure_reason")
  private String failureReason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected OutboxMessage() {}

  OutboxMessage(
      String address,
      String duplicateId,
      UUID analysisId,
      String body,
      String failureReason,
      OffsetDateTime createdAt) {
    this.address = address;
    this.duplicateId = duplicateId;
    this.analysisId = analysisId;
    this.body = body;
    this.failureReason = failureReason;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  String address() {
    return address;
  }

  String duplicateId() {
    return duplicateId;
  }

  UUID analysisId() {
    return analysisId;
  }

  String body() {
    return body;
  }

  Optional<String> failureReason() {
    return Optional.ofNullable(failureReason);
  }
}
