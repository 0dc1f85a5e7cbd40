package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.fairpact.domain.model.event.SystemEvent;
import org.fairpact.domain.model.event.SystemEventRepository;

@ApplicationScoped
public class JpaSystemEventRepository implements SystemEventRepository {

  @PersistenceContext(unitName = "fairpact")
  EntityManager em;

  @Override
  public void record(SystemEvent event) {
    em.persist(event);
  }

  @Override
  public List<SystemEvent> byKindAndReference(String kind, String reference) {
    return em.createNamedQuery("SystemEvent.byKindAndReference", SystemEvent.class)
        .setParameter("kind", kind)
        .setParameter("reference", reference)
        .getResultList();
  }

  @Override
  public List<SystemEvent> byKindsAndReference(List<String> kinds, String reference) {
    return em.createNamedQuery("SystemEvent.byKindsAndReference", SystemEvent.class)
        .setParameter("kinds", kinds)
        .setParameter("reference", reference)
        .getResultList();
  }

  @Override
  public long countByKindAndReference(String kind, String reference) {
    return em.createNamedQuery("SystemEvent.countByKindAndReference", Long.class)
        .setParameter("kind", kind)
        .setParameter("reference", reference)
        .getSingleResult();
  }
}
