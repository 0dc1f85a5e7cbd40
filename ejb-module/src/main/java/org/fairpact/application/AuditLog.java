package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fairpact.domain.model.audit.Actor;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.domain.model.audit.AuditEntry;
import org.fairpact.domain.model.audit.AuditRepository;

/**
 * Writes and reads the audit log of admin and operator actions. {@link #record} joins the caller's
 * transaction, so the entry of a transactional action commits exactly when the action does (a
 * caller without a transaction gets one of its own); {@link #recordApart} is for a refusal whose
 * transaction rolls back, which must stay recorded.
 */
@Stateless
public class AuditLog {

  /** The outcome of an action that was carried out. */
  public static final String SUCCEEDED = "succeeded";

  @Inject AuditRepository entries;

  public void record(Actor actor, AuditAction action, String target, String outcome) {
    record(actor, action, target, outcome, null);
  }

  /**
   * @param target what the action was done to (an analysis, document or execution id, a work's
   *     name), or null
   * @param outcome {@value #SUCCEEDED}, or what refused or failed it
   * @param detail more about it (e.g. the new schedule), or null
   */
  public void record(
      Actor actor, AuditAction action, String target, String outcome, String detail) {
    entries.record(new AuditEntry(actor, action, target, outcome, detail, OffsetDateTime.now()));
  }

  /** Records in a transaction of its own, committed whatever becomes of the caller's. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordApart(
      Actor actor, AuditAction action, String target, String outcome, String detail) {
    record(actor, action, target, outcome, detail);
  }

  /**
   * Up to {@code limit} entries newest first, of one action or all, older than entry {@code
   * before}.
   */
  public List<AuditEntry> page(Optional<AuditAction> action, Optional<Long> before, int limit) {
    return entries.page(action, before, limit);
  }
}
