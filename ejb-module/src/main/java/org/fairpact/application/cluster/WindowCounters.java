package org.fairpact.application.cluster;

import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Counters shared by every instance, for rate limits over fixed time windows. Empty answers mean
 * the grid is unavailable (or too slow); callers then go without the limit.
 */
public interface WindowCounters {

  /**
   * In one round trip to the grid: reads the counts of the previous and the current window and, if
   * {@code allowed.test(previous, current)}, adds one to the current window atomically (a racing
   * increment from another instance makes it re-read and test again).
   */
  Optional<Counts> acquire(
      String currentWindow, String previousWindow, BiPredicate<Long, Long> allowed);

  /** The counts the decision was made on, and whether the current window was incremented. */
  record Counts(long previous, long current, boolean acquired) {}
}
