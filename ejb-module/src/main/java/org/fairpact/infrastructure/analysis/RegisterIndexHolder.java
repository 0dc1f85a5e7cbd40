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
import java.util.List;
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

  private final AtomicReference<RegisterIndex> current = new AtomicReference<>();

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
    // The old index is in memory only; it is left to the garbage collector rather than closed,
    // so a match still running on it cannot fail. The new one reuses its lemmas of unchanged
    // entries.
    current.set(RegisterIndex.build(entries, Optional.ofNullable(current.get())));
    log.info(
        () ->
            String.format(
                "register index holds %d entries (built in %d ms)",
                entries.size(), (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * The current index; an analysis takes it once and matches against it to the end, so it sees one
   * register even if a refresh swaps in another meanwhile.
   */
  public RegisterIndex index() {
    RegisterIndex index = current.get();
    if (index == null) {
      refresh();
      index = current.get();
    }
    return index;
  }

  public int size() {
    RegisterIndex index = current.get();
    return index == null ? 0 : index.size();
  }

  @PreDestroy
  void close() {
    RegisterIndex index = current.getAndSet(null);
    if (index != null) {
      try {
        index.close();
      } catch (Exception e) {
        log.log(Level.FINE, "register index not closed", e);
      }
    }
  }
}
