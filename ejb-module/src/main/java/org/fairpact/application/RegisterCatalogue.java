package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.domain.model.register.RegisterClause;
import org.fairpact.domain.model.register.RegisterPage;
import org.fairpact.domain.model.register.RegisterQuery;
import org.fairpact.domain.model.register.RegisterRepository;
import org.fairpact.domain.model.register.RegisterRepository.StoredHash;

/**
 * The register as FairPact keeps it: searched by the API, upserted by the clause sync. Upserts are
 * keyed by register number and compare content hashes, so syncing the same export twice changes
 * nothing the second time.
 */
@Stateless
public class RegisterCatalogue {

  @Inject RegisterRepository register;

  public RegisterPage search(RegisterQuery query) {
    return register.search(query);
  }

  public Optional<RegisterClause> entry(int registerNumber) {
    return register.find(registerNumber);
  }

  public long countActive() {
    return register.countActive();
  }

  public Map<Integer, StoredHash> storedHashes() {
    return register.hashes();
  }

  /** Adds or updates the entries, marking each as seen by the given sync (job instance). */
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

  public int deactivateUnseen(long syncInstance) {
    return register.deactivateUnseen(syncInstance);
  }

  public long countAddedBy(long syncInstance) {
    return register.countAddedBy(syncInstance);
  }

  public long countSeenBy(long syncInstance) {
    return register.countSeenBy(syncInstance);
  }

  public long countChangedBy(long syncInstance) {
    return register.countChangedBy(syncInstance);
  }

  public record UpsertCounts(int added, int updated) {}
}
