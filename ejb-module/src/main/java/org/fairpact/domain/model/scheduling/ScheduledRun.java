package org.fairpact.domain.model.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * One slot of one piece of periodic work as the cluster recorded it: who claimed it, until when the
 * claim holds, and how it ended. {@code claims > 1} means an owner died and another instance took
 * the slot over after the lease expired.
 */
public record ScheduledRun(
    String work,
    Instant slot,
    String owner,
    int claims,
    Instant claimedAt,
    Instant leaseUntil,
    Optional<Instant> finishedAt,
    Optional<String> outcome) {

  public boolean finished() {
    return finishedAt.isPresent();
  }
}
