package org.fairpact.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Something that happened to the system, with JSON details (for example a sync's counts). */
@Entity
@Table(name = "system_event")
@NamedQuery(
    name = "SystemEvent.byKindAndReference",
    query =
        "SELECT e FROM SystemEvent e WHERE e.kind = :kind AND e.reference = :reference"
            + " ORDER BY e.occurredAt DESC")
public class SystemEvent {

  public static final String CLAUSE_SYNC_FINISHED = "CLAUSE_SYNC_FINISHED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  private String reference;

  @Column(nullable = false)
  private String details;

  protected SystemEvent() {}

  public SystemEvent(String kind, String reference, String details, OffsetDateTime occurredAt) {
    this.kind = kind;
    this.reference = reference;
    this.details = details;
    this.occurredAt = occurredAt;
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String reference() {
    return reference;
  }

  public String details() {
    return details;
  }
}
