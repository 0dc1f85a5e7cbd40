package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "fairpact")
  EntityManager em;

  @Override
  public void store(Document document) {
    em.persist(document);
  }

  @Override
  public Optional<Document> find(UUID id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  @Override
  public Optional<Document> findForTenant(UUID id, String tenant) {
    return em.createNamedQuery("Document.byIdAndTenant", Document.class)
        .setParameter("id", id)
        .setParameter("tenant", tenant)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Document> list(Listing listing) {
    return new KeysetQuery("document", "created_at", listing).run(em, Document.class);
  }

  @Override
  public Optional<Document> lockForErasure(UUID id, Optional<String> tenant) {
    return Optional.ofNullable(em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(document -> tenant.map(document.tenant()::equals).orElse(true));
  }

  @Override
  public void erase(UUID id) {
    em.createNativeQuery("DELETE FROM document WHERE id = CAST(? AS uuid)")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public boolean isStored(String storageKey) {
    return !em.createNativeQuery("SELECT 1 FROM document WHERE storage_key = ? LIMIT 1")
        .setParameter(1, storageKey)
        .getResultList()
        .isEmpty();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> tenants() {
    return em.createNativeQuery("SELECT DISTINCT tenant FROM document ORDER BY tenant")
        .getResultList();
  }

  @Override
  public List<UUID> createdBefore(String tenant, OffsetDateTime cutoff, int limit) {
    return Uuids.of(
        em.createNativeQuery(
                "SELECT id FROM document WHERE tenant = ? AND created_at < CAST(? AS timestamptz)"
                    + " ORDER BY created_at, id LIMIT ?")
            .setParameter(1, tenant)
            .setParameter(2, cutoff)
            .setParameter(3, limit)
            .getResultList());
  }
}
