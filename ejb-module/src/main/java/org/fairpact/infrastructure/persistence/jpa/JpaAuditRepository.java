package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.fairpact.domain.model.audit.AuditAction;
import org.fairpact.domain.model.audit.AuditEntry;
import org.fairpact.domain.model.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "fairpact")
  EntityManager em;

  @Override
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> page(Optional<AuditAction> action, Optional<Long> before, int limit) {
    TypedQuery<AuditEntry> query =
        action.isPresent()
            ? em.createNamedQuery("AuditEntry.pageOfAction", AuditEntry.class)
                .setParameter("action", action.get().code())
            : em.createNamedQuery("AuditEntry.page", AuditEntry.class);
    return query
        .setParameter("before", before.orElse(Long.MAX_VALUE))
        .setMaxResults(limit)
        .getResultList();
  }
}
