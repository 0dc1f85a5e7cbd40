package org.fairpact.domain.model.audit;

import java.util.List;
import java.util.Optional;

public interface AuditRepository {

  /** Adds the entry in the caller's transaction. */
  void record(AuditEntry entry);

  /** Up to {@code limit} entries newest first, of one action or all, older than {@code before}. */
  List<AuditEntry> page(Optional<AuditAction> action, Optional<Long> before, int limit);
}
