package org.fairpact.infrastructure.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

/** The compare-and-set loop never lets racing instances exceed the limit together. */
class GridWindowCountersTest {

  private final Map<String, Long> entries = new ConcurrentHashMap<>();

  @Test
  void racingIncrementsStopExactlyAtTheLimit() throws Exception {
    Cache<String, Long> cache = cache();
    AtomicInteger acquired = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 200; i++) {
      threads.submit(
          () -> {
            if (GridWindowCounters.acquire(cache, "now", "before", (p, c) -> c < 50).acquired()) {
              acquired.incrementAndGet();
            }
          });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(acquired).hasValue(50);
    assertThat(entries.get("now")).isEqualTo(50);
  }

  @SuppressWarnings("unchecked")
  private Cache<String, Long> cache() {
    return (Cache<String, Long>)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Cache.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "get" -> entries.get((String) args[0]);
                  case "putIfAbsent" ->
                      entries.putIfAbsent((String) args[0], (Long) args[1]) == null;
                  case "replace" ->
                      args.length == 3
                          && entries.replace((String) args[0], (Long) args[1], (Long) args[2]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
