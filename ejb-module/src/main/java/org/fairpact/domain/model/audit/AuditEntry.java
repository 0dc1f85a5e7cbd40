package org.fairpact.domain.model.audit;

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
 * One admin or operator action: who (the token's subject, tenant and roles), from where (the client
 * address), what (the action, its target, its outcome, refusals included) and when. Never changed
 * once written; ids grow with time, so they order the log.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = "AuditEntry.page",
    query = "SELECT e FROM AuditEntry e WHERE e.id < :before ORDER BY e.id DESC")
@NamedQuery(
    name = "AuditEntry.pageOfAction",
    query =
        "SELECT e FROM AuditEntry e WHERE e.action = :action AND e.id < :before"
            + " ORDER BY e.id DESC")
public class AuditEntry {

  private static final int MAX_TEXT = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private String subject;

  private String tenant;

  @Column(nullable = false)
  private String roles;

  @Column(name = "client_address", nullable = false)
  private String clientAddress;

  @Column(nullable = false)
  private String action;

  private String target;

  @Column(nullable = false)
  private String outcome;

  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Actor actor,
      AuditAction action,
      String target,
      String outcome,
      String detail,
      OffsetDateTime occurredAt) {
    this.subject = bounded(actor.subject());
    this.tenant = actor.tenant().map(AuditEntry::bounded).orElse(null);
    this.roles = bounded(String.join(",", actor.roles()));
    this.clientAddress = bounded(actor.clientAddress());
    this.action = action.code();
    this.target = target == null ? null : bounded(target);
    this.outcome = bounded(outcome);
    this.detail = detail;
    this.occurredAt = occurredAt;
  }

  private static String bounded(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  public String roles() {
    return roles;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String action() {
    return action;
  }

  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  public String outcome() {
    return outcome;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
