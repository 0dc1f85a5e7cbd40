package org.fairpact.domain.model.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface AnalysisRepository {

  /** Where a page of FAILED analyses ends: the failure time and id of its last analysis. */
  record FailedPosition(OffsetDateTime failedAt, UUID id) {}

  void store(Analysis analysis);

  Optional<Analysis> find(UUID id);

  /** An analysis of another tenant is reported as absent, never as forbidden. */
  Optional<Analysis> findForTenant(UUID id, String tenant);

  Optional<Analysis> findByIdempotencyKey(String tenant, String key);

  List<Finding> findings(UUID analysisId);

  /** Ids of analyses in PROCESSING with no sign of life since {@code cutoff}, oldest first. */
  List<UUID> stuck(OffsetDateTime cutoff, int limit);

  /** How many analyses there are in each status (statuses without any are absent). */
  Map<AnalysisStatus, Long> countsByStatus();

  /** How many FAILED analyses there are by {@link FailureLabel}. */
  Map<String, Long> failedCountsByLabel();

  /**
   * FAILED analyses newest first (by failure time, then id), of one {@link FailureLabel} or all,
   * after {@code after} (the last one of the previous page) if given.
   */
  List<Analysis> failed(Optional<String> label, Optional<FailedPosition> after, int limit);

  /** Replaces every finding of the analysis, so reprocessing never duplicates them. */
  void replaceFindings(UUID analysisId, List<Finding> findings);
}
