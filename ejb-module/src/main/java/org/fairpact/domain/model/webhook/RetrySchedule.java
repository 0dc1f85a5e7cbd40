package org.fairpact.domain.model.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, the n-th delay (the last
 * one repeated), spread by up to ± {@code jitter} of itself so that receivers that were down
 * together are not hit together; never later than {@code giveUpAfter} after the first attempt,
 * which gets one last attempt at that moment; after that the delivery is given up.
 */
public final class RetrySchedule {

  private final List<Duration> delays;
  private final Duration giveUpAfter;
  private final double jitter;
  private final DoubleSupplier random;

  /**
   * @param random uniform in [0, 1)
   */
  public RetrySchedule(
      List<Duration> delays, Duration giveUpAfter, double jitter, DoubleSupplier random) {
    if (delays.isEmpty()) {
      throw new IllegalArgumentException("at least one retry delay is needed");
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
    }
    this.delays = List.copyOf(delays);
    this.giveUpAfter = giveUpAfter;
    this.jitter = jitter;
    this.random = random;
  }

  /**
   * @param failedAttempts attempts made so far, all failed (at least 1)
   * @return when to try again, or empty to give up
   */
  public Optional<OffsetDateTime> next(
      int failedAttempts, OffsetDateTime firstAttempt, OffsetDateTime now) {
    OffsetDateTime deadline = firstAttempt.plus(giveUpAfter);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    Duration delay = delays.get(Math.min(Math.max(failedAttempts, 1), delays.size()) - 1);
    long millis = delay.toMillis();
    long spread = Math.round(millis * jitter * (2 * random.getAsDouble() - 1));
    OffsetDateTime next = now.plus(Duration.ofMillis(Math.max(1, millis + spread)));
    return Optional.of(next.isAfter(deadline) ? deadline : next);
  }
}
