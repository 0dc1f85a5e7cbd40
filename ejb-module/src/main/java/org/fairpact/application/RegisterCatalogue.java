package org.fairpact.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.domain.model.event.SystemEvent;
import org.fairpact.domain.model.register.RegisterClause;
import org.fairpact.domain.model.register.RegisterPage;
import org.fairpact.domain.model.register.RegisterQuery;
import org.fairpact.domain.model.register.RegisterRepository;
import org.fairpact.domain.model.register.RegisterRepository.StoredHash;

/**
 * The register as FairPact keeps it: searched by the API, upserted by the clause sync. Upserts are
 * keyed by register number and compare content hashes, so syncing the same export twice changes
 * nothing the second time. As the clause sync's {@link ClauseSyncStore} it runs in the caller's
 * transaction: the chunk's JTA transaction of the job's writer, so an upsert commits or rolls back
 * with the chunk's checkpoint.
 */
@Stateless
@LocalBean
@Local(ClauseSyncStore.class)
public class RegisterCatalogue implements ClauseSyncStore {

  @Inject RegisterRepository register;
  @Inject SystemEvents events;
  @Inject ClauseSyncExecutions executions;

  /** A read of the API: no transaction of its own, like {@link AnalysisQueries}. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public RegisterPage search(RegisterQuery query) {
    return register.search(query);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<RegisterClause> entry(int registerNumber) {
    return register.find(registerNumber);
  }

  @Override
  public long countActive() {
    return register.countActive();
  }

  public Map<Integer, StoredHash> storedHashes() {
    return register.hashes();
  }

  @Override
  public UpsertCounts upsert(List<RegisterEntry> entries, long syncInstance) {
    OffsetDateTime now = OffsetDateTime.now();
    int added = 0;
    int updated = 0;
    for (RegisterEntry entry : entries) {
      String hash = ClauseText.contentHash(entry);
      Optional<RegisterClause> stored = register.find(entry.registerNumber());
      if (stored.isEmpty()) {
        register.store(RegisterClause.added(entry, hash, syncInstance, now));
        added++;
      } else if (stored.get().update(entry, hash, syncInstance, now)) {
        updated++;
      }
    }
    return new UpsertCounts(added, updated);
  }

  @Override
  public int deactivateUnseen(long syncInstance) {
    return register.deactivateUnseen(syncInstance);
  }

  @Override
  public long countAddedBy(long syncInstance) {
    return register.countAddedBy(syncInstance);
  }

  @Override
  public long countSeenBy(long syncInstance) {
    return register.countSeenBy(syncInstance);
  }

  @Override
  public long countChangedBy(long syncInstance) {
    return register.countChangedBy(syncInstance);
  }

  @Override
  public void recordSyncFinished(long executionId, String detailsJson) {
    events.record(SystemEvent.CLAUSE_SYNC_FINISHED, String.valueOf(executionId), detailsJson);
  }

  @Override
  public void recordRowSkipped(long executionId, String detailsJson) {
    events.record(SystemEvent.CLAUSE_SYNC_ROW_SKIPPED, String.valueOf(executionId), detailsJson);
  }

  @Override
  public void heartbeat(long executionId) {
    executions.heartbeat(executionId); // its own connection, outside the chunk's transaction
  }
}
