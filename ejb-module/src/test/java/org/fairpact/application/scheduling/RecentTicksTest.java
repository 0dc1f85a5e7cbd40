package org.fairpact.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fairpact.application.scheduling.TickResult.Decision;
import org.junit.jupiter.api.Test;

class RecentTicksTest {

  private final RecentTicks ticks = new RecentTicks();

  @Test
  void keepsTheLatestDecisionPerSlotInSlotOrder() {
    Instant first = Instant.parse("2026-11-22T03:00:00Z");
    Instant second = first.plusSeconds(30);
    ticks.record(TickResult.of("clause-sync", Decision.HELD, first, "fairpact-1", null));
    ticks.record(TickResult.of("clause-sync", Decision.HELD, second, "fairpact-2", null));
    ticks.record(TickResult.of("clause-sync", Decision.RAN, second, "fairpact-1", "started"));
    ticks.record(TickResult.of("clause-sync", Decision.NOT_DUE));

    assertThat(ticks.of("clause-sync"))
        .extracting(t -> t.slot().orElseThrow(), TickResult::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, Decision.HELD),
            org.assertj.core.groups.Tuple.tuple(second, Decision.RAN));
    assertThat(ticks.of("analysis-reaper")).isEmpty();
  }

  @Test
  void forgetsTheOldestSlotsBeyondTheLimit() {
    Instant start = Instant.parse("2026-11-22T03:00:00Z");
    for (int i = 0; i < RecentTicks.SLOTS + 3; i++) {
      ticks.record(
          TickResult.of("clause-sync", Decision.HELD, start.plusSeconds(i), "fairpact-1", null));
    }

    assertThat(ticks.of("clause-sync")).hasSize(RecentTicks.SLOTS);
    assertThat(ticks.of("clause-sync").get(0).slot()).contains(start.plusSeconds(3));
  }
}
