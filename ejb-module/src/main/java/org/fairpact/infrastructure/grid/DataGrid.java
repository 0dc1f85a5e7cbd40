package org.fairpact.infrastructure.grid;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * The Hazelcast data grid Payara runs, reached through JCache (Payara's {@code CacheManager}
 * producer), with graceful degradation: every operation runs with a timeout ({@code
 * fairpact.grid.timeout}, default 500 ms) on a managed thread, and a failure or timeout makes the
 * grid "unavailable" for {@code fairpact.grid.retry-after} (default 30 s), during which callers get
 * their fallback at once instead of waiting on a grid that is migrating partitions or lost a
 * member. The outage is logged once when it starts and once when it ends. With Hazelcast switched
 * off (Payara's producer yields no CacheManager) the grid is simply absent.
 *
 * <p>Caches hold only JDK types (String, Long): other members deserialise them without the
 * application's class loader. Caches are created programmatically with a created-expiry policy from
 * the JCache API, for the same reason (annotation-configured factories would be application
 * classes).
 */
@ApplicationScoped
public class DataGrid {

  private static final Duration FIRST_USE_TIMEOUT = Duration.ofSeconds(5);

  @Inject Instance<CacheManager> cacheManagers;
  @Inject Logger log;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "fairpact.grid.timeout", defaultValue = "500ms")
  String timeoutText;

  @Inject
  @ConfigProperty(name = "fairpact.grid.retry-after", defaultValue = "30s")
  String retryAfterText;

  private final Map<String, Cache<String, ?>> caches = new ConcurrentHashMap<>();
  private final AtomicLong unavailableUntil = new AtomicLong();
  private final AtomicBoolean down = new AtomicBoolean();
  private volatile CacheManager manager;
  private volatile boolean absent;
  private Duration timeout;
  private Duration retryAfter;

  @PostConstruct
  void init() {
    timeout = Schedule.duration(timeoutText);
    retryAfter = Schedule.duration(retryAfterText);
  }

  /** Whether grid operations are attempted right now. */
  public boolean available() {
    return !absent && System.currentTimeMillis() >= unavailableUntil.get();
  }

  /**
   * Runs {@code operation} on the named cache (created on first use with the given time-to-live).
   *
   * @return empty if the grid is absent, failing, or did not answer in time
   */
  public <V, T> Optional<T> withCache(
      String name, Class<V> valueType, Duration timeToLive, Function<Cache<String, V>, T> op) {
    // creating a cache is a cluster-wide operation: give the first use more time
    Duration limit = caches.containsKey(name) ? timeout : FIRST_USE_TIMEOUT.plus(timeout);
    return call(name, () -> op.apply(cache(name, valueType, timeToLive)), limit);
  }

  /** Runs a grid operation with the timeout and the outage handling; empty if it failed. */
  public <T> Optional<T> call(String what, Callable<T> operation) {
    return call(what, operation, timeout);
  }

  private <T> Optional<T> call(String what, Callable<T> operation, Duration timeout) {
    if (!available()) {
      return Optional.empty();
    }
    Future<T> result;
    try {
      result = executor.submit(operation);
    } catch (RuntimeException rejected) {
      failed(what, rejected);
      return Optional.empty();
    }
    try {
      T value = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (down.compareAndSet(true, false)) {
        log.info("data grid answers again: cluster-wide quota and caches are back");
      }
      return Optional.ofNullable(value);
    } catch (TimeoutException e) {
      result.cancel(true);
      failed(what, new TimeoutException("no answer within " + timeout.toMillis() + " ms"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GridAbsentException) {
        return Optional.empty();
      }
      failed(what, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private <V> Cache<String, V> cache(String name, Class<V> valueType, Duration timeToLive) {
    return (Cache<String, V>)
        caches.computeIfAbsent(name, n -> getOrCreate(n, valueType, timeToLive));
  }

  private <V> Cache<String, V> getOrCreate(String name, Class<V> valueType, Duration ttl) {
    CacheManager cacheManager = manager();
    Cache<String, V> cache = cacheManager.getCache(name, String.class, valueType);
    if (cache != null) {
      return cache;
    }
    MutableConfiguration<String, V> config =
        new MutableConfiguration<String, V>()
            .setTypes(String.class, valueType)
            .setStoreByValue(true)
            .setExpiryPolicyFactory(
                CreatedExpiryPolicy.factoryOf(
                    new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, ttl.toMillis())));
    try {
      return cacheManager.createCache(name, config);
    } catch (CacheException createdMeanwhile) {
      Cache<String, V> other = cacheManager.getCache(name, String.class, valueType);
      if (other == null) {
        throw createdMeanwhile;
      }
      return other;
    }
  }

  private CacheManager manager() {
    CacheManager current = manager;
    if (current != null) {
      return current;
    }
    CacheManager produced = cacheManagers.isResolvable() ? cacheManagers.get() : null;
    if (produced == null) {
      absent = true;
      log.warning("no data grid (Hazelcast is off): no cluster-wide quota, no shared caches");
      throw new GridAbsentException();
    }
    manager = produced;
    return produced;
  }

  private void failed(String what, Throwable cause) {
    unavailableUntil.set(System.currentTimeMillis() + retryAfter.toMillis());
    if (down.compareAndSet(false, true)) {
      log.log(
          Level.WARNING,
          cause,
          () ->
              "data grid unavailable ("
                  + what
                  + "): serving without cluster-wide quota and caches; next try in "
                  + retryAfter.toSeconds()
                  + " s");
    } else {
      log.log(Level.FINE, cause, () -> "data grid still unavailable (" + what + ")");
    }
  }

  /** Hazelcast is switched off on this server: not an outage, nothing to log twice. */
  private static final class GridAbsentException extends RuntimeException {
    GridAbsentException() {
      super("no data grid", null, false, false);
    }
  }
}
