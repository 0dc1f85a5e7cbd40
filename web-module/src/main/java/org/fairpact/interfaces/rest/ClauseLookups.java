package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;
import org.fairpact.application.RegisterCatalogue;
import org.fairpact.application.cluster.LookupCache;
import org.fairpact.interfaces.rest.ClausesResource.ClauseView;

/**
 * Register entries by number through the cluster's lookup cache: the answer's JSON is cached, so an
 * entry read through one instance is served from the grid by every other (until the time to live,
 * or the next sync, which empties the cache). Unknown numbers are not cached. Without the grid
 * every lookup reads the database.
 */
@ApplicationScoped
public class ClauseLookups {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject RegisterCatalogue catalogue;
  @Inject LookupCache cache;

  /** The entry's JSON and whether it came from the cache, or empty if there is no such entry. */
  public Optional<Lookup> find(int registerNumber) {
    String key = "register-entry:" + registerNumber;
    Optional<String> cached = cache.get(key);
    if (cached.isPresent()) {
      return Optional.of(new Lookup(cached.get(), true));
    }
    Optional<String> json = catalogue.entry(registerNumber).map(ClauseView::of).map(JSON::toJson);
    json.ifPresent(value -> cache.put(key, value));
    return json.map(value -> new Lookup(value, false));
  }

  public record Lookup(String json, boolean cached) {}
}
