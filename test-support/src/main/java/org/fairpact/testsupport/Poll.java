package org.fairpact.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded polling: ask until the answer satisfies the condition or the time is up. */
public final class Poll {

  private static final Duration INTERVAL = Duration.ofMillis(250);

  private Poll() {}

  public static <T> T until(Duration limit, Supplier<T> probe, Predicate<T> done, String what) {
    return until(limit, INTERVAL, probe, done, what);
  }

  /** As {@link #until(Duration, Supplier, Predicate, String)}, probing every {@code interval}. */
  public static <T> T until(
      Duration limit, Duration interval, Supplier<T> probe, Predicate<T> done, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    T last = probe.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + limit + " waiting for " + what + "; last: " + last);
      }
      LockSupport.parkNanos(interval.toNanos());
      last = probe.get();
    }
    return last;
  }
}
