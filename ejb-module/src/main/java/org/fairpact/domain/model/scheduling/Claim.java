package org.fairpact.domain.model.scheduling;

import java.time.Instant;

/**
 * The answer to "may this instance run this slot?". Exactly one instance gets {@link Won} for a
 * slot, unless the winner dies before finishing: then, once its lease has expired, one other
 * instance can win the slot again.
 */
public sealed interface Claim {

  /** This instance owns the slot and must run the work, then finish or release the slot. */
  record Won(int claimNumber) implements Claim {}

  /** Another instance owns the slot (or this one did earlier and finished it). */
  record Held(String owner, Instant leaseUntil, boolean finished) implements Claim {

    /** When a claim may succeed again: never for a finished slot, else after the lease. */
    public boolean retryableAt(Instant now) {
      return !finished && !now.isBefore(leaseUntil);
    }
  }
}
