package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.analysis.Finding;

@ApplicationScoped
public class JpaAnalysisRepository implements AnalysisRepository {

  @PersistenceContext(unitName = "fairpact")
  EntityManager em;

  @Override
  public void store(Analysis analysis) {
    em.persist(analysis);
  }

  @Override
  public Optional<Analysis> find(UUID id) {
    return Optional.ofNullable(em.find(Analysis.class, id));
  }

  @Override
  public Optional<Analysis> findForTenant(UUID id, String tenant) {
    return em.createNamedQuery("Analysis.byIdAndTenant", Analysis.class)
        .setParameter("id", id)
        .setParameter("tenant", tenant)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Analysis> findByIdempotencyKey(String tenant, String key) {
    return em.createNamedQuery("Analysis.byIdempotencyKey", Analysis.class)
        .setParameter("tenant", tenant)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Finding> findings(UUID analysisId) {
    return em.createNamedQuery("Finding.byAnalysis", Finding.class)
        .setParameter("analysisId", analysisId)
        .getResultList();
  }

  @Override
  public List<UUID> stuck(OffsetDateTime cutoff, int limit) {
    return em.createNamedQuery("Analysis.stuck", Analysis.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultStream()
        .map(Analysis::id)
        .toList();
  }

  @Override
  public List<Analysis> list(Listing listing, Optional<AnalysisStatus> status) {
    KeysetQuery query = new KeysetQuery("analysis", "queued_at", listing);
    status.ifPresent(s -> query.where("status = ?", s.name()));
    return query.run(em, Analysis.class);
  }

  @Override
  public void releaseIdempotencyKey(String tenant, String key, OffsetDateTime cutoff) {
    em.createNamedQuery("Analysis.releaseIdempotencyKey")
        .setParameter("tenant", tenant)
        .setParameter("key", key)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  @Override
  public List<UUID> lockByDocument(UUID documentId) {
    return Uuids.of(
        em.createNativeQuery(
                "SELECT id FROM analysis WHERE document_id = CAST(? AS uuid) ORDER BY id FOR UPDATE")
            .setParameter(1, documentId)
            .getResultList());
  }

  @Override
  public void erase(UUID analysisId) {
    // evidence and explanations go with their findings (ON DELETE CASCADE)
    em.createNativeQuery("DELETE FROM finding WHERE analysis_id = CAST(? AS uuid)")
        .setParameter(1, analysisId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM analysis WHERE id = CAST(? AS uuid)")
        .setParameter(1, analysisId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO erased_analysis (analysis_id, erased_at) VALUES (CAST(? AS uuid), now())"
                + " ON CONFLICT (analysis_id) DO NOTHING")
        .setParameter(1, analysisId)
        .executeUpdate();
  }

  @Override
  public boolean isErased(UUID analysisId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM erased_analysis WHERE analysis_id = CAST(? AS uuid)")
        .setParameter(1, analysisId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void replaceFindings(UUID analysisId, List<Finding> findings) {
    em.createNamedQuery("Finding.byAnalysis", Finding.class)
        .setParameter("analysisId", analysisId)
        .getResultList()
        .forEach(em::remove);
    em.flush();
    findings.forEach(em::persist);
  }
}
