package org.fairpact.domain.model.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a piece of periodic work is due, as a sequence of slots. Two forms: daily at a time of day
 * ({@code "03:00"} or {@code "daily 03:00"}, in the schedule's time zone) and at a fixed interval
 * ({@code "every 30s"}, {@code "every 5m"}, {@code "every 1h"}, {@code "every PT90S"}, aligned to
 * the epoch so that every instance computes the same slots); {@code "off"} never runs.
 *
 * <p>A slot is the identity of one run: the cluster runs each slot at most once (see {@link
 * ScheduledRunRepository}). Only the latest slot is ever due, so an instance that was down for days
 * runs the work once, not once per missed slot, and a daily slot older than the catch-up window is
 * not run at all.
 */
public sealed interface Schedule {

  /** The slot that is due at {@code now}, if any. */
  Optional<Instant> dueSlot(Instant now, Duration catchUp);

  static Schedule parse(String text, ZoneId zone) {
    String spec = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (spec.equals("off") || spec.equals("never") || spec.equals("disabled")) {
      return new Off();
    }
    Matcher every = EVERY.matcher(spec);
    if (every.matches()) {
      return new Every(duration(every.group(1)));
    }
    Matcher daily = DAILY.matcher(spec);
    if (daily.matches()) {
      return new Daily(
          LocalTime.of(Integer.parseInt(daily.group(1)), Integer.parseInt(daily.group(2))), zone);
    }
    throw new IllegalArgumentException(
        "unknown schedule '" + text + "': use HH:MM, 'daily HH:MM', 'every 30s|5m|1h' or 'off'");
  }

  /**
   * A duration in the short form {@code 30s}, {@code 15m}, {@code 2h}, {@code 500ms} or ISO-8601
   * ({@code PT15M}).
   */
  static Duration duration(String text) {
    String spec = text.strip().toLowerCase(Locale.ROOT);
    Matcher shortForm = SHORT_DURATION.matcher(spec);
    Duration duration;
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      duration =
          switch (shortForm.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          };
    } else {
      try {
        duration = Duration.parse(spec.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: '" + text + "'", e);
      }
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive: '" + text + "'");
    }
    return duration;
  }

  Pattern EVERY = Pattern.compile("every\\s+(\\S+)");
  Pattern DAILY = Pattern.compile("(?:daily\\s+)?([01]?\\d|2[0-3]):([0-5]\\d)");
  Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** Every day at a time of day in a zone. */
  record Daily(LocalTime at, ZoneId zone) implements Schedule {
    @Override
    public Optional<Instant> dueSlot(Instant now, Duration catchUp) {
      ZonedDateTime local = now.atZone(zone);
      ZonedDateTime today = local.with(at).withSecond(0).withNano(0);
      Instant slot = (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
      return Duration.between(slot, now).compareTo(catchUp) <= 0
          ? Optional.of(slot)
          : Optional.empty();
    }

    @Override
    public String toString() {
      return "daily " + at + " " + zone;
    }
  }

  /** At a fixed interval, slots aligned to the epoch. */
  record Every(Duration period) implements Schedule {
    @Override
    public Optional<Instant> dueSlot(Instant now, Duration catchUp) {
      long periodMillis = period.toMillis();
      return Optional.of(
          Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), periodMillis) * periodMillis));
    }

    @Override
    public String toString() {
      return "every " + period;
    }
  }

  /** Never due. */
  record Off() implements Schedule {
    @Override
    public Optional<Instant> dueSlot(Instant now, Duration catchUp) {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "off";
    }
  }
}
