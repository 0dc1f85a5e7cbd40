package org.fairpact.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.analysis.FailureLabel;
import org.fairpact.domain.model.analysis.Finding;

@ApplicationScoped
public class JpaAnalysisRepository implements AnalysisRepository {

  /**
   * A native query over FAILED analyses with their {@link FailureLabel} computed in SQL from the
   * same known reasons (positional parameters, so no reason text is ever part of the SQL).
   */
  private static final class FailedQuery {

    private final List<Object> parameters = new ArrayList<>();
    private String label;

    String label() {
      if (label == null) {
        StringBuilder sql = new StringBuilder("COALESCE(failure_code, CASE");
        FailureLabel.KNOWN_REASONS.forEach(
            (prefix, code) ->
                sql.append(" WHEN starts_with(failure_reason, ")
                    .append(add(prefix))
                    .append(") THEN ")
                    .append(add(code)));
        label = sql.append(" ELSE ").append(add(FailureLabel.OTHER)).append(" END)").toString();
      }
      return label;
    }

    String add(Object parameter) {
      parameters.add(parameter);
      return "CAST(?" + parameters.size() + " AS " + sqlType(parameter) + ")";
    }

    void bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
    }

    private static String sqlType(Object parameter) {
      if (parameter instanceof Integer) {
        return "integer";
      }
      if (parameter instanceof OffsetDateTime) {
        return "timestamptz";
      }
      if (parameter instanceof UUID) {
        return "uuid";
      }
      return "text";
    }
  }

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
  public Map<AnalysisStatus, Long> countsByStatus() {
    Map<AnalysisStatus, Long> counts = new EnumMap<>(AnalysisStatus.class);
    em.createNamedQuery("Analysis.countsByStatus", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((AnalysisStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public Map<String, Long> failedCountsByLabel() {
    FailedQuery query = new FailedQuery();
    Query counts =
        em.createNativeQuery(
            "SELECT "
                + query.label()
                + " AS label, count(*) FROM analysis WHERE status = 'FAILED'"
                + " GROUP BY 1 ORDER BY 2 DESC, 1");
    query.bind(counts);
    Map<String, Long> byLabel = new LinkedHashMap<>();
    for (Object row : counts.getResultList()) {
      Object[] columns = (Object[]) row;
      byLabel.put((String) columns[0], ((Number) columns[1]).longValue());
    }
    return byLabel;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Analysis> failed(Optional<String> label, Optional<FailedPosition> after, int limit) {
    FailedQuery query = new FailedQuery();
    StringBuilder sql = new StringBuilder("SELECT * FROM analysis WHERE status = 'FAILED'");
    label.ifPresent(
        l -> sql.append(" AND ").append(query.label()).append(" = ").append(query.add(l)));
    after.ifPresent(
        position ->
            sql.append(" AND (completed_at, id) < (")
                .append(query.add(position.failedAt()))
                .append(", ")
                .append(query.add(position.id()))
                .append(')'));
    sql.append(" ORDER BY completed_at DESC, id DESC LIMIT ").append(query.add(limit));
    Query page = em.createNativeQuery(sql.toString(), Analysis.class);
    query.bind(page);
    return page.getResultList();
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
