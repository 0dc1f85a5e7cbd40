package org.fairpact.infrastructure.grid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The Hazelcast data grid Payara runs, reached through JCache (Payara's {@code CacheManager}
 * producer), with graceful degradation: every operation runs through {@link GridCalls}
 * (MicroProfile Fault Tolerance: a timeout, and a circuit breaker that stays open 30 s after a
 * failure), and a failed, timed-out or refused operation gives the caller its fallback (empty) at
 * once. The outage is logged once when it starts and once when it ends. With Hazelcast switched off
 * (Payara's producer yields no CacheManager) the grid is simply absent.
 *
 * <p>Caches hold only JDK types (String, Long): other members deserialise them without the
 * application's class loader. Caches are created programmatically with a created-expiry policy from
 * the JCache API, for the same reason (annotation-configured factories would be application
 * classes).
 */
@ApplicationScoped
public class DataGrid {

  @Inject Instance<CacheManager> cacheManagers;
  @Inject GridCalls calls;
  @Inject Logger log;

  private final Map<String, Cache<String, ?>> caches = new ConcurrentHashMap<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicBoolean circuitOpen = new AtomicBoolean();
  private volatile CacheManager manager;
  private volatile boolean absent;

  /** Whether grid operations are attempted right now. */
  public boolean available() {
    return !absent && !circuitOpen.get();
  }

  /**
   * Runs {@code operation} on the named cache (created on first use with the given time-to-live).
   *
   * @return empty if the grid is absent, failing, or did not answer in time
   */
  public <V, T> Optional<T> withCache(
      String name, Class<V> valueType, Duration timeToLive, Function<Cache<String, V>, T> op) {
    Callable<T> operation = () -> op.apply(cache(name, valueType, timeToLive));
    if (caches.containsKey(name)) {
      return call(name, operation);
    }
    // creating a cache is a cluster-wide operation: it gets more time, outside the circuit
    return outcome(name, () -> calls.firstUse(operation));
  }

  /** Runs a grid operation with the timeout and the outage handling; empty if it failed. */
  public <T> Optional<T> call(String what, Callable<T> operation) {
    return outcome(what, () -> calls.operation(operation));
  }

  private <T> Optional<T> outcome(String what, Callable<CompletionStage<T>> invocation) {
    if (absent) {
      return Optional.empty();
    }
    try {
      T value = invocation.call().toCompletableFuture().get();
      circuitOpen.set(false);
      if (down.compareAndSet(true, false)) {
        log.info("data grid answers again: cluster-wide quota and caches are back");
      }
      return Optional.ofNullable(value);
    } catch (ExecutionException e) {
      failed(what, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      failed(what, e);
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
    if (cause instanceof GridAbsentException) {
      return;
    }
    if (cause instanceof CircuitBreakerOpenException) {
      circuitOpen.set(true);
      return;
    }
    if (down.compareAndSet(false, true)) {
      log.log(
          Level.WARNING,
          cause,
          () ->
              "data grid unavailable ("
                  + what
                  + "): serving without cluster-wide quota and caches until it answers again");
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
