package org.fairpact.application.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What this instance's timer last decided about each of the latest slots of each work: the proof
 * that every instance's timer fires for a slot that only one of them runs. Decisions without a slot
 * (not due, draining) are not kept.
 */
final class RecentTicks {

  /** Slots remembered per work. */
  static final int SLOTS = 10;

  private final Map<String, LinkedHashMap<Instant, TickResult>> byWork = new LinkedHashMap<>();

  synchronized void record(TickResult tick) {
    if (tick.slot().isEmpty()) {
      return;
    }
    LinkedHashMap<Instant, TickResult> slots =
        byWork.computeIfAbsent(tick.work(), work -> new LinkedHashMap<>());
    slots.remove(tick.slot().get());
    slots.put(tick.slot().get(), tick);
    while (slots.size() > SLOTS) {
      slots.remove(slots.keySet().iterator().next());
    }
  }

  /** The latest decision per slot of the work, newest slot last. */
  synchronized List<TickResult> of(String work) {
    return new ArrayList<>(byWork.getOrDefault(work, new LinkedHashMap<>()).values());
  }
}
