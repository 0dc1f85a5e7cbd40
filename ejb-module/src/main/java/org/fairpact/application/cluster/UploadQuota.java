package org.fairpact.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;

/**
 * Cluster-wide limit of uploads per tenant and minute ({@code fairpact.quota.uploads-per-minute},
 * default 600; per tenant {@code fairpact.quota.tenant.<tenant>.uploads-per-minute}; 0 = no limit),
 * counted in the data grid so that round-robin across instances cannot multiply it.
 *
 * <p>Sliding-window estimate over two fixed one-minute windows: an upload is allowed if {@code
 * previous * (1 - elapsed) + current + 1 <= limit}, where elapsed is the fraction of the current
 * minute gone. That closes the double burst a plain fixed window allows at a minute boundary.
 * Refused uploads are not counted. When the grid is unavailable the upload goes ahead unlimited: a
 * quota must not turn a grid outage into an outage.
 */
@ApplicationScoped
public class UploadQuota {

  static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject WindowCounters counters;
  @Inject Config config;

  Clock clock = Clock.systemUTC();

  public QuotaDecision acquire(String tenant) {
    int limit = limitFor(tenant);
    if (limit <= 0) {
      return QuotaDecision.unenforced(0);
    }
    Instant now = clock.instant();
    long window = now.toEpochMilli() / WINDOW.toMillis();
    double elapsed = (now.toEpochMilli() % WINDOW.toMillis()) / (double) WINDOW.toMillis();
    String prefix = "uploads:" + tenant + ":";
    return counters
        .acquire(
            prefix + window,
            prefix + (window - 1),
            (previous, current) -> estimate(previous, current, elapsed) + 1 <= limit)
        .map(counts -> decide(counts, limit, elapsed))
        .orElseGet(() -> QuotaDecision.unenforced(limit));
  }

  int limitFor(String tenant) {
    return config
        .getOptionalValue("fairpact.quota.tenant." + tenant + ".uploads-per-minute", Integer.class)
        .or(() -> config.getOptionalValue("fairpact.quota.uploads-per-minute", Integer.class))
        .orElse(600);
  }

  static double estimate(long previous, long current, double elapsed) {
    return previous * (1 - elapsed) + current;
  }

  private static QuotaDecision decide(WindowCounters.Counts counts, int limit, double elapsed) {
    long used = (long) Math.ceil(estimate(counts.previous(), counts.current(), elapsed));
    if (counts.acquired()) {
      return new QuotaDecision(true, true, limit, used + 1, Duration.ZERO);
    }
    return new QuotaDecision(false, true, limit, used, retryAfter(counts, limit, elapsed));
  }

  /**
   * When one more upload fits if nobody uploads meanwhile: the previous window's weight fades
   * through the current minute; past its end, the current window becomes the previous one. At least
   * one second.
   */
  static Duration retryAfter(WindowCounters.Counts counts, int limit, double elapsed) {
    double windowSeconds = WINDOW.toSeconds();
    long current = counts.current();
    double seconds;
    if (current + 1 <= limit && counts.previous() > 0) {
      // previous * (1 - f) + current + 1 <= limit  <=>  f >= 1 - (limit - current - 1) / previous
      double fraction = 1 - (limit - current - 1) / (double) counts.previous();
      seconds = (fraction - elapsed) * windowSeconds;
    } else {
      // the next minute, then current * (1 - f) + 1 <= limit within it
      double fraction = current == 0 ? 0 : 1 - (limit - 1) / (double) current;
      seconds = (1 - elapsed + Math.max(0, fraction)) * windowSeconds;
    }
    return Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds - 1e-9)));
  }
}
