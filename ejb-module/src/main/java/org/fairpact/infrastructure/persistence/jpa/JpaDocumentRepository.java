package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
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
}
