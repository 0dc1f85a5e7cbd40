package org.fairpact.infrastructure.grid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.cluster.LookupCache;
import org.fairpact.domain.model.scheduling.Schedule;

/** Register lookups as JSON strings in a JCache shared by the cluster. */
@ApplicationScoped
public class GridLookupCache implements LookupCache {

  static final String CACHE = "fairpact-register-lookups";

  @Inject DataGrid grid;

  @Inject
  @ConfigProperty(name = "fairpact.cache.register.ttl", defaultValue = "10m")
  String timeToLive;

  @Override
  public Optional<String> get(String key) {
    return grid.withCache(CACHE, String.class, ttl(), cache -> cache.get(key));
  }

  @Override
  public void put(String key, String json) {
    grid.withCache(
        CACHE,
        String.class,
        ttl(),
        cache -> {
          cache.put(key, json);
          return Boolean.TRUE;
        });
  }

  @Override
  public void clear() {
    grid.withCache(
        CACHE,
        String.class,
        ttl(),
        cache -> {
          cache.clear();
          return Boolean.TRUE;
        });
  }

  private Duration ttl() {
    return Schedule.duration(timeToLive);
  }
}
