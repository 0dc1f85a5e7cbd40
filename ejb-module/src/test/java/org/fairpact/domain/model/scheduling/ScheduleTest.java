package org.fairpact.domain.model.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void dailyIsDueFromItsTimeForTheCatchUpWindow() {
    Schedule daily = Schedule.parse("03:00", WARSAW);
    Instant slot = Instant.parse("2026-11-22T02:00:00Z"); // 03:00 in Warsaw (CET)

    assertThat(daily.dueSlot(Instant.parse("2026-11-22T01:59:59Z"), HOUR))
        .as("before 03:00 yesterday's slot is long past the window")
        .isEmpty();
    assertThat(daily.dueSlot(slot, HOUR)).contains(slot);
    assertThat(daily.dueSlot(Instant.parse("2026-11-22T02:59:00Z"), HOUR)).contains(slot);
    assertThat(daily.dueSlot(Instant.parse("2026-11-22T03:00:01Z"), HOUR)).isEmpty();
  }

  @Test
  void dailySlotJustAfterMidnightBelongsToYesterdaysTime() {
    Schedule late = Schedule.parse("daily 23:30", ZoneId.of("UTC"));

    assertThat(late.dueSlot(Instant.parse("2026-11-23T00:10:00Z"), HOUR))
        .contains(Instant.parse("2026-11-22T23:30:00Z"));
  }

  @Test
  void everyInstanceComputesTheSameIntervalSlots() {
    Schedule every = Schedule.parse("every 15s", WARSAW);

    assertThat(every.dueSlot(Instant.parse("2026-11-22T10:00:14.999Z"), HOUR))
        .contains(Instant.parse("2026-11-22T10:00:00Z"));
    assertThat(every.dueSlot(Instant.parse("2026-11-22T10:00:15Z"), HOUR))
        .contains(Instant.parse("2026-11-22T10:00:15Z"));
    assertThat(
            Schedule.parse("every PT1M", WARSAW)
                .dueSlot(Instant.parse("2026-11-22T10:00:59Z"), HOUR))
        .contains(Instant.parse("2026-11-22T10:00:00Z"));
  }

  @Test
  void offIsNeverDue() {
    assertThat(Schedule.parse("off", WARSAW).dueSlot(Instant.now(), HOUR)).isEmpty();
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> Schedule.parse("25:00", WARSAW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.parse("every now and then", WARSAW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.parse("every 0s", WARSAW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.parse(null, WARSAW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsShortAndIsoDurations() {
    assertThat(Schedule.duration("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Schedule.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Schedule.duration("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(Schedule.duration("PT15M")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aHeldSlotMayBeClaimedAgainOnlyWhenUnfinishedAndItsLeaseHasExpired() {
    Instant lease = Instant.parse("2026-11-22T10:10:00Z");

    assertThat(new Claim.Held("a", lease, false).retryableAt(lease.minusSeconds(1))).isFalse();
    assertThat(new Claim.Held("a", lease, false).retryableAt(lease)).isTrue();
    assertThat(new Claim.Held("a", lease, true).retryableAt(lease.plusSeconds(3600))).isFalse();
  }
}
