package org.fairpact.application;

import java.util.List;
import org.fairpact.analysis.register.RegisterEntry;

/**
 * What the clause-sync job's artefacts need from storage: the register's upsert and sync marks, and
 * the system event that records a run. The same artefacts run in the server, where {@link
 * RegisterCatalogue} (an EJB over JPA, joining the chunk's JTA transaction) implements this, and in
 * the standalone batch runner, where a JDBC implementation over the same tables does; both follow
 * the semantics written here.
 *
 * <p>A sync is identified by its job instance id ({@code syncInstance}): an upsert marks every
 * entry it is given as seen by that sync, an entry it creates as added by it and an entry whose
 * content hash differs (or that was inactive) as changed by it. Counts are read back from those
 * marks, so they stay right when a chunk is written twice (a restart from the last checkpoint): the
 * second write finds the hashes already equal and only marks the entries seen again.
 */
public interface ClauseSyncStore {

  /** Adds or updates the entries, marking each as seen by the sync; returns what changed now. */
  UpsertCounts upsert(List<RegisterEntry> entries, long syncInstance);

  /** Deactivates active entries the sync did not see (never deletes); returns how many. */
  int deactivateUnseen(long syncInstance);

  long countActive();

  long countSeenBy(long syncInstance);

  long countAddedBy(long syncInstance);

  /** Entries the sync changed (updated or deactivated) that it did not add. */
  long countChangedBy(long syncInstance);

  /** Records the {@code CLAUSE_SYNC_FINISHED} system event of a job execution. */
  void recordSyncFinished(long executionId, String detailsJson);

  /** Records a {@code CLAUSE_SYNC_ROW_SKIPPED} system event: a source row the sync skipped. */
  void recordRowSkipped(long executionId, String detailsJson);

  /**
   * Refreshes the running execution's row in its job repository after a chunk, the proof that
   * something still works on it (the server's reaper abandons executions without one). Never
   * throws: a missed heartbeat only brings the reaper closer.
   */
  void heartbeat(long executionId);

  /** What one upsert call added and updated. */
  record UpsertCounts(int added, int updated) {}
}
