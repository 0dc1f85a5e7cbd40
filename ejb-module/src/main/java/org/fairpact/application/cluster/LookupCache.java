package org.fairpact.application.cluster;

import java.util.Optional;

/**
 * A cluster-wide cache of register lookups as JSON text, with a time-to-live. Every answer is a
 * best effort: when the grid is unavailable {@code get} misses and {@code put} does nothing.
 */
public interface LookupCache {

  Optional<String> get(String key);

  void put(String key, String json);

  /** Drops every entry (after the register changed). */
  void clear();
}
