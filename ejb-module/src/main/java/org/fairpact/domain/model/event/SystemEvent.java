package org.fairpact.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** Something that happened to the system, with JSON details (for example a sync's counts). */
@Entity
@Table(name = "system_event")
@NamedQueries({
  @NamedQuery(
      name = "SystemEvent.byKindAndReference",
      query =
          "SELECT e FROM SystemEvent e WHERE e.kind = :kind AND e.reference = :reference"
              + " ORDER BY e.occurredAt DESC"),
  @NamedQuery(
      name = "SystemEvent.byKindsAndReference",
      query =
          "SELECT e FROM SystemEvent e WHERE e.kind IN :kinds AND e.reference = :reference"
              + " ORDER BY e.occurredAt, e.id"),
  @NamedQuery(
      name = "SystemEvent.countByKindAndReference",
      query =
          "SELECT count(e) FROM SystemEvent e WHERE e.kind = :kind AND e.reference = :reference")
})
public class SystemEvent {

  public static final String CLAUSE_SYNC_FINISHED = "CLAUSE_SYNC_FINISHED";

  /** A source row the sync skipped: its line, the reason (bounded), never the row itself. */
  public static final String CLAUSE_SYNC_ROW_SKIPPED = "CLAUSE_SYNC_ROW_SKIPPED";

  /** An operator asked to stop a sync that runs on another instance. */
  public static final String CLAUSE_SYNC_STOP_REQUESTED = "CLAUSE_SYNC_STOP_REQUESTED";

  /** An operator restarted a stopped or failed sync; the reference is the new execution. */
  public static final String CLAUSE_SYNC_RESTARTED = "CLAUSE_SYNC_RESTARTED";

  /** The reaper marked a sync whose instance died ABANDONED. */
  public static final String CLAUSE_SYNC_ABANDONED = "CLAUSE_SYNC_ABANDONED";

  /**
   * A document was erased with its analyses and stored object; the reference is the document id,
   * the details say whose it was, who erased it and why (a request or retention).
   */
  public static final String DOCUMENT_ERASED = "DOCUMENT_ERASED";

  /** A retention run: the documents it purged per tenant; the reference is the run's slot. */
  public static final String RETENTION_PURGED = "RETENTION_PURGED";

  /** Every kind an execution of the clause sync may leave, for its event list. */
  public static final List<String> CLAUSE_SYNC_KINDS =
      List.of(
          CLAUSE_SYNC_RESTARTED,
          CLAUSE_SYNC_ROW_SKIPPED,
          CLAUSE_SYNC_STOP_REQUESTED,
          CLAUSE_SYNC_ABANDONED,
          CLAUSE_SYNC_FINISHED);

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
