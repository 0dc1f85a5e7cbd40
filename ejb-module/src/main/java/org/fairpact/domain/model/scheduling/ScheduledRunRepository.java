package org.fairpact.domain.model.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The cluster's ledger of scheduled runs, kept in PostgreSQL. {@link #claim} must be a single
 * atomic statement: of any number of instances claiming the same slot at once, exactly one wins.
 * Lease expiry is judged by the database clock, so instances with skewed clocks cannot steal a live
 * lease.
 */
public interface ScheduledRunRepository {

  /** Claims the slot for {@code owner} for {@code lease}, or reports who holds it. */
  Claim claim(String work, Instant slot, String owner, Duration lease);

  /** Marks the slot done with its outcome; only the owner can. */
  void finish(String work, Instant slot, String owner, String outcome);

  /** Gives the slot up unfinished so that any instance may claim it again after {@code delay}. */
  void release(String work, Instant slot, String owner, String outcome, Duration delay);

  List<ScheduledRun> recent(String work, int limit);

  /** Deletes finished runs of slots before {@code before}; returns how many. */
  int pruneFinishedBefore(Instant before);

  /** Schedules set at run time for the whole cluster, by work name. */
  Map<String, String> overrides();

  void override(String work, String schedule, String by);

  void clearOverride(String work);
}
