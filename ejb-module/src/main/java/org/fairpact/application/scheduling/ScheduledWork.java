package org.fairpact.application.scheduling;

import java.time.Instant;

/**
 * A piece of periodic work that the cluster runs once per slot of its schedule, on whichever
 * instance claims the slot first. Implementations are CDI beans; {@link ScheduledWorks} finds them.
 * The work must tolerate running twice for one slot in one case: its owner died after starting it
 * but before recording that it finished, and another instance took the slot over.
 */
public interface ScheduledWork {

  /** Stable name: the ledger's key and the admin API's path segment. */
  String name();

  /** The schedule this instance's configuration gives (see {@code Schedule.parse}). */
  String configuredSchedule();

  /**
   * Runs the work for a slot this instance won.
   *
   * @return a one-line outcome for the ledger
   * @throws RuntimeException to give the slot up so that it is retried (after a delay)
   */
  String run(Instant slot);
}
