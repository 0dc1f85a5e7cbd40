package org.fairpact.domain.model.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AnalysisRepository {

  void store(Analysis analysis);

  Optional<Analysis> find(UUID id);

  /** An analysis of another tenant is reported as absent, never as forbidden. */
  Optional<Analysis> findForTenant(UUID id, String tenant);

  Optional<Analysis> findByIdempotencyKey(String tenant, String key);

  List<Finding> findings(UUID analysisId);

  /** Ids of analyses in PROCESSING with no sign of life since {@code cutoff}, oldest first. */
  List<UUID> stuck(OffsetDateTime cutoff, int limit);

  /** Replaces every finding of the analysis, so reprocessing never duplicates them. */
  void replaceFindings(UUID analysisId, List<Finding> findings);
}
