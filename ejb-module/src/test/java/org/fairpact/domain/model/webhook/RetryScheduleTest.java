package org.fairpact.domain.model.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-01-01T00:00:00Z");
  private static final List<Duration> DELAYS =
      List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));

  @Test
  void withoutJitterEachFailedAttemptWaitsItsDelayAndTheLastRepeats() {
    RetrySchedule schedule = new RetrySchedule(DELAYS, Duration.ofHours(24), 0, () -> 0.5);

    assertThat(schedule.next(1, FIRST, FIRST)).contains(FIRST.plusSeconds(5));
    assertThat(schedule.next(2, FIRST, FIRST.plusSeconds(5))).contains(FIRST.plusSeconds(35));
    assertThat(schedule.next(3, FIRST, FIRST.plusSeconds(35))).contains(FIRST.plusSeconds(155));
    assertThat(schedule.next(9, FIRST, FIRST.plusHours(1)))
        .contains(FIRST.plusHours(1).plusMinutes(2));
  }

  @Test
  void jitterSpreadsADelayByAtMostItsShare() {
    RetrySchedule early = new RetrySchedule(DELAYS, Duration.ofHours(24), 0.2, () -> 0.0);
    RetrySchedule late = new RetrySchedule(DELAYS, Duration.ofHours(24), 0.2, () -> 0.999999);

    assertThat(early.next(2, FIRST, FIRST)).contains(FIRST.plusSeconds(24));
    assertThat(late.next(2, FIRST, FIRST).orElseThrow())
        .isAfter(FIRST.plusSeconds(35))
        .isBeforeOrEqualTo(FIRST.plusSeconds(36));
  }

  @Test
  void theLastAttemptIsAtTheDeadlineAndThenTheDeliveryIsGivenUp() {
    RetrySchedule schedule = new RetrySchedule(DELAYS, Duration.ofMinutes(3), 0, () -> 0.5);

    assertThat(schedule.next(3, FIRST, FIRST.plusSeconds(150))).contains(FIRST.plusMinutes(3));
    assertThat(schedule.next(4, FIRST, FIRST.plusMinutes(3))).isEmpty();
  }

  @Test
  void theDefaultScheduleRetriesForADayAndNoLonger() {
    RetrySchedule schedule =
        new RetrySchedule(
            List.of(
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                Duration.ofMinutes(2),
                Duration.ofMinutes(10),
                Duration.ofMinutes(30),
                Duration.ofHours(1),
                Duration.ofHours(2),
                Duration.ofHours(4),
                Duration.ofHours(8)),
            Duration.ofHours(24),
            0.2,
            () -> 0.7);
    List<OffsetDateTime> attempts = new ArrayList<>(List.of(FIRST));
    Optional<OffsetDateTime> next = schedule.next(1, FIRST, FIRST);
    while (next.isPresent()) {
      attempts.add(next.get());
      next = schedule.next(attempts.size(), FIRST, next.get());
    }

    assertThat(attempts).hasSizeBetween(10, 13);
    assertThat(attempts.get(attempts.size() - 1)).isEqualTo(FIRST.plusHours(24));
  }
}
