package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairpact.domain.model.register.RegisterClause;
import org.fairpact.domain.model.register.RegisterPage;
import org.fairpact.domain.model.register.RegisterQuery;
import org.fairpact.domain.model.register.RegisterRepository;

@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {

  /** Full-text match on the whole clause text; 'simple' because PostgreSQL has no Polish config. */
  private static final String SEARCH_WHERE =
      " FROM register_entry WHERE active"
          + " AND (CAST(?1 AS text) IS NULL"
          + "   OR to_tsvector('simple', clause_text) @@ plainto_tsquery('simple', CAST(?1 AS text)))"
          + " AND (CAST(?2 AS text) IS NULL OR lower(sector) = lower(CAST(?2 AS text)))";

  @PersistenceContext(unitName = "fairpact")
  EntityManager em;

  @Override
  public Optional<RegisterClause> find(int registerNumber) {
    return Optional.ofNullable(em.find(RegisterClause.class, registerNumber));
  }

  @Override
  public void store(RegisterClause clause) {
    em.persist(clause);
  }

  @Override
  public List<RegisterClause> active() {
    return em.createNamedQuery("RegisterClause.active", RegisterClause.class).getResultList();
  }

  @Override
  public long countActive() {
    return em.createNamedQuery("RegisterClause.countActive", Long.class).getSingleResult();
  }

  @Override
  public Map<Integer, StoredHash> hashes() {
    Map<Integer, StoredHash> hashes = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("RegisterClause.hashes", Object[].class).getResultList()) {
      hashes.put((Integer) row[0], new StoredHash((String) row[1], (Boolean) row[2]));
    }
    return hashes;
  }

  @Override
  @SuppressWarnings("unchecked")
  public RegisterPage search(RegisterQuery query) {
    String words = query.words().filter(w -> !w.isBlank()).orElse(null);
    String sector = query.sector().filter(s -> !s.isBlank()).orElse(null);
    Query count = em.createNativeQuery("SELECT count(*)" + SEARCH_WHERE);
    bind(count, words, sector);
    long total = ((Number) count.getSingleResult()).longValue();
    Query page =
        em.createNativeQuery(
            "SELECT *" + SEARCH_WHERE + " ORDER BY register_number", RegisterClause.class);
    bind(page, words, sector);
    page.setFirstResult(query.page() * query.size()).setMaxResults(query.size());
    return new RegisterPage(page.getResultList(), total, query.page(), query.size());
  }

  private static void bind(Query query, String words, String sector) {
    query.setParameter(1, words).setParameter(2, sector);
  }

  @Override
  public long countAddedBy(long syncInstance) {
    return em.createNamedQuery("RegisterClause.countAddedBy", Long.class)
        .setParameter("instance", syncInstance)
        .getSingleResult();
  }

  @Override
  public long countChangedBy(long syncInstance) {
    return em.createNamedQuery("RegisterClause.countChangedBy", Long.class)
        .setParameter("instance", syncInstance)
        .getSingleResult();
  }

  @Override
  public long countSeenBy(long syncInstance) {
    return em.createNamedQuery("RegisterClause.countSeenBy", Long.class)
        .setParameter("instance", syncInstance)
        .getSingleResult();
  }

  @Override
  public int deactivateUnseen(long syncInstance) {
    return em.createNamedQuery("RegisterClause.deactivateUnseen")
        .setParameter("instance", syncInstance)
        .setParameter("now", OffsetDateTime.now())
        .executeUpdate();
  }
}
