package org.fairpact.infrastructure.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairpact.analysis.matching.RegisterIndex;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.domain.model.register.RegisterClause;
import org.fairpact.domain.model.register.RegisterRepository;

/**
 * Holds this instance's matching index over the active register entries. Readers never wait: a
 * refresh builds a new index aside and swaps it in. After a sync the syncing instance refreshes at
 * once and the others on the {@code register.changes} topic (see the JMS infrastructure). If the
 * database is not reachable at start the index stays empty and the next use retries.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegisterIndexHolder {

  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  @Inject RegisterRepository register;
  @Inject Logger log;

  @PostConstruct
  void load() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "register index not built at start; will retry on first use", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public synchronized void refresh() {
    long started = System.nanoTime();
    List<RegisterEntry> entries = register.active().stream().map(RegisterClause::toEntry).toList();
    Map<Integer, RegisterEntry> byNumber = new HashMap<>();
    entries.forEach(e -> byNumber.put(e.registerNumber(), e));
    Snapshot fresh = new Snapshot(RegisterIndex.build(entries), Map.copyOf(byNumber));
    // The old index is in memory only; it is left to the garbage collector rather than closed,
    // so a match still running on it cannot fail.
    current.set(fresh);
    log.info(
        () ->
            String.format(
                "register index holds %d entries (built in %d ms)",
                entries.size(), (System.nanoTime() - started) / 1_000_000));
  }

  public RegisterIndex index() {
    return snapshot().index();
  }

  public Optional<RegisterEntry> entry(int registerNumber) {
    return Optional.ofNullable(snapshot().entries().get(registerNumber));
  }

  public int size() {
    Snapshot snapshot = current.get();
    return snapshot == null ? 0 : snapshot.entries().size();
  }

  private Snapshot snapshot() {
    Snapshot snapshot = current.get();
    if (snapshot == null) {
      refresh();
      snapshot = current.get();
    }
    return snapshot;
  }

  @PreDestroy
  void close() {
    Snapshot snapshot = current.getAndSet(null);
    if (snapshot != null) {
      snapshot.close();
    }
  }

  private record Snapshot(RegisterIndex index, Map<Integer, RegisterEntry> entries) {
    void close() {
      try {
        index.close();
      } catch (Exception e) {
        Logger.getLogger(RegisterIndexHolder.class.getName()).log(Level.FINE, "close", e);
      }
    }
  }
}
