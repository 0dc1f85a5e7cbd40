package org.fairpact.infrastructure.persistence.jpa;

import java.util.List;
import java.util.UUID;

/** The uuid column of a native query's rows, whatever type the driver handed them over as. */
final class Uuids {

  private Uuids() {}

  static List<UUID> of(List<?> column) {
    return column.stream()
        .map(value -> value instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(value)))
        .toList();
  }
}
