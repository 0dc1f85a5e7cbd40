package org.fairpact.infrastructure.grid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiPredicate;
import javax.cache.Cache;
import org.fairpact.application.cluster.WindowCounters;

/**
 * Window counters in a JCache of Longs. The increment is a compare-and-set loop ({@code
 * putIfAbsent} / {@code replace(key, old, new)}), which Hazelcast executes atomically on the key's
 * partition owner; no entry processor, so no application class travels to other members. Entries
 * expire two windows after creation.
 */
@ApplicationScoped
public class GridWindowCounters implements WindowCounters {

  static final String CACHE = "fairpact-upload-windows";
  private static final Duration TIME_TO_LIVE = Duration.ofMinutes(3);
  private static final int MAX_RACES = 20;

  @Inject DataGrid grid;

  @Override
  public Optional<Counts> acquire(
      String currentWindow, String previousWindow, BiPredicate<Long, Long> allowed) {
    return grid.withCache(
        CACHE,
        Long.class,
        TIME_TO_LIVE,
        cache -> acquire(cache, currentWindow, previousWindow, allowed));
  }

  static Counts acquire(
      Cache<String, Long> cache,
      String currentWindow,
      String previousWindow,
      BiPredicate<Long, Long> allowed) {
    long previous = valueOf(cache.get(previousWindow));
    for (int race = 0; race < MAX_RACES; race++) {
      Long stored = cache.get(currentWindow);
      long current = valueOf(stored);
      if (!allowed.test(previous, current)) {
        return new Counts(previous, current, false);
      }
      boolean won =
          stored == null
              ? cache.putIfAbsent(currentWindow, 1L)
              : cache.replace(currentWindow, stored, current + 1);
      if (won) {
        return new Counts(previous, current, true);
      }
    }
    throw new IllegalStateException("counter " + currentWindow + " too contended");
  }

  private static long valueOf(Long value) {
    return value == null ? 0 : value;
  }
}
