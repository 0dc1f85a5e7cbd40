package org.fairpact.domain.model.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.Listing;

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

  /** A page of analyses, newest first (by queue time, ties by id), optionally of one status. */
  List<Analysis> list(Listing listing, Optional<AnalysisStatus> status);

  /**
   * Frees an Idempotency-Key that expired: analyses of the tenant queued before {@code cutoff} no
   * longer answer to it, so that the key may name a new analysis.
   */
  void releaseIdempotencyKey(String tenant, String key, OffsetDateTime cutoff);

  /** Ids of the document's analyses, locked until the caller's transaction ends. */
  List<UUID> lockByDocument(UUID documentId);

  /**
   * Deletes the analysis with its findings and their evidence, and remembers its id as erased (see
   * {@link #isErased}).
   */
  void erase(UUID analysisId);

  /** Whether the analysis was erased: a request for it is to be dropped, not retried. */
  boolean isErased(UUID analysisId);

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
