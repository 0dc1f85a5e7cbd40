package org.fairpact.application.scheduling;

import java.time.Instant;
import java.util.Optional;

/** What one instance decided about one work at one tick. */
public record TickResult(
    String work,
    Decision decision,
    Optional<Instant> slot,
    Optional<String> owner,
    Optional<String> outcome) {

  public enum Decision {
    /** No slot is due (schedule off, or a daily slot beyond the catch-up window). */
    NOT_DUE,
    /** This instance is draining and claims nothing. */
    DRAINING,
    /** Another instance holds the slot, or it is finished. */
    HELD,
    /** This instance won the slot and ran the work. */
    RAN,
    /** This instance won the slot, the work failed, and the slot was given up for a retry. */
    FAILED
  }

  static TickResult of(String work, Decision decision) {
    return new TickResult(work, decision, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static TickResult of(String work, Decision decision, Instant slot, String owner, String outcome) {
    return new TickResult(
        work,
        decision,
        Optional.of(slot),
        Optional.ofNullable(owner),
        Optional.ofNullable(outcome));
  }
}
