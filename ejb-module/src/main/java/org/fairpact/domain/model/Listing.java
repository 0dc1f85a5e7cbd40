package org.fairpact.domain.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of a newest-first listing: the tenant it is confined to (none: every tenant), the
 * earliest time it shows, where the previous page ended and how many items it holds at most. Keyset
 * pagination: a page starts strictly after the {@link Position} of the last item before it, so
 * items added meanwhile never shift the pages that follow.
 */
public record Listing(
    Optional<String> tenant, Optional<OffsetDateTime> since, Optional<Position> after, int limit) {

  public Listing {
    Objects.requireNonNull(tenant);
    Objects.requireNonNull(since);
    Objects.requireNonNull(after);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** Where an item sits in the order: its time (queued, created), ties broken by its id. */
  public record Position(OffsetDateTime at, UUID id) {

    public Position {
      Objects.requireNonNull(at);
      Objects.requireNonNull(id);
    }
  }
}
