package org.fairpact.application.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairpact.domain.model.scheduling.Claim;
import org.fairpact.domain.model.scheduling.ScheduledRun;
import org.fairpact.domain.model.scheduling.ScheduledRunRepository;

/** The ledger's rules (one row per slot, takeover only after an unfinished lease) in memory. */
final class LedgerInMemory implements ScheduledRunRepository {

  final AtomicInteger claims = new AtomicInteger();
  private final Map<String, Row> rows = new HashMap<>();
  private final Map<String, String> overrides = new LinkedHashMap<>();
  private final Clock clock;

  LedgerInMemory(Clock clock) {
    this.clock = clock;
  }

  private static final class Row {
    String owner;
    int claims;
    Instant leaseUntil;
    Instant finishedAt;
    String outcome;
  }

  @Override
  public synchronized Claim claim(String work, Instant slot, String owner, Duration lease) {
    claims.incrementAndGet();
    Instant now = clock.instant();
    Row row = rows.get(work + "@" + slot);
    if (row == null) {
      row = new Row();
      rows.put(work + "@" + slot, row);
    } else if (row.finishedAt != null || now.isBefore(row.leaseUntil)) {
      return new Claim.Held(row.owner, row.leaseUntil, row.finishedAt != null);
    }
    row.owner = owner;
    row.claims++;
    row.leaseUntil = now.plus(lease);
    return new Claim.Won(row.claims);
  }

  @Override
  public synchronized void finish(String work, Instant slot, String owner, String outcome) {
    Row row = rows.get(work + "@" + slot);
    if (row.owner.equals(owner)) {
      row.finishedAt = clock.instant();
      row.outcome = outcome;
    }
  }

  @Override
  public synchronized void release(
      String work, Instant slot, String owner, String outcome, Duration delay) {
    Row row = rows.get(work + "@" + slot);
    if (row.owner.equals(owner) && row.finishedAt == null) {
      row.leaseUntil = clock.instant().plus(delay);
      row.outcome = outcome;
    }
  }

  synchronized Optional<String> outcome(String work, Instant slot) {
    return Optional.ofNullable(rows.get(work + "@" + slot)).map(r -> r.outcome);
  }

  @Override
  public List<ScheduledRun> recent(String work, int limit) {
    return new ArrayList<>();
  }

  @Override
  public int pruneFinishedBefore(Instant before) {
    return 0;
  }

  @Override
  public synchronized Map<String, String> overrides() {
    return new LinkedHashMap<>(overrides);
  }

  @Override
  public synchronized void override(String work, String schedule, String by) {
    overrides.put(work, schedule);
  }

  @Override
  public synchronized void clearOverride(String work) {
    overrides.remove(work);
  }
}
