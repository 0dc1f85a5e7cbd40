package org.fairpact.application;

import java.util.List;
import java.util.UUID;

/**
 * The dead-letter queue as the reaper sees it: requests the broker itself dead-lettered after its
 * backstop of deliveries (no instance could even begin them), as opposed to requests the
 * application parked there when it gave up on an analysis.
 */
public interface DeadLetters {

  /** Up to {@code max} requests the broker dead-lettered, oldest first; reads, removes nothing. */
  List<DeadLetter> deadLetteredByBroker(int max);

  /**
   * Removes the message from the dead-letter queue in the caller's transaction.
   *
   * @return false if it is no longer there (taken by someone else)
   */
  boolean take(String messageId);

  /**
   * Removes the request the application parked for a FAILED analysis in the caller's transaction.
   *
   * @return false if there is none (never parked, or already taken)
   */
  boolean takeParked(UUID analysisId);

  /** A dead-lettered request and its broker message id. */
  record DeadLetter(String messageId, AnalysisRequest request) {}
}
