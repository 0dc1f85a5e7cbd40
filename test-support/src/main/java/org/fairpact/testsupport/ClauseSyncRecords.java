package org.fairpact.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * What the profile's database records about scheduled clause syncs: the slots the timers claimed,
 * the job executions they started and the events those executions left.
 */
public final class ClauseSyncRecords {

  /** How long no new scheduled sync may appear before the syncs count as all started. */
  private static final Duration QUIET = Duration.ofSeconds(12);

  private ClauseSyncRecords() {}

  /**
   * Waits until every sync the schedule started since {@code since} has ended (as {@code ended}
   * tells, given its execution id) and no new one has appeared for longer than two ticks: a tick in
   * flight when the override was removed may still claim a slot.
   *
   * @return the execution ids, in slot order
   */
  public static List<String> awaitScheduledSyncsEnded(
      OffsetDateTime since, Predicate<String> ended) {
    AtomicReference<Seen> last = new AtomicReference<>(new Seen(List.of(), Instant.now()));
    return Poll.until(
            Duration.ofMinutes(5),
            () -> {
              List<String> current = startedExecutions(since);
              if (!current.equals(last.get().executions())) {
                last.set(new Seen(current, Instant.now()));
              }
              return last.get();
            },
            seen ->
                Duration.between(seen.at(), Instant.now()).compareTo(QUIET) >= 0
                    && seen.executions().stream().allMatch(ended),
            "the scheduled syncs to end")
        .executions();
  }

  /** Job executions the slots claimed since {@code since} started, in slot order. */
  public static List<String> startedExecutions(OffsetDateTime since) {
    return ProfileDatabase.strings(
        "SELECT substring(outcome FROM 'started execution ([0-9]+)') FROM scheduled_run"
            + " WHERE work = 'clause-sync' AND claimed_at >= ? AND outcome LIKE 'started%'"
            + " ORDER BY slot",
        since);
  }

  /** Slots claimed since {@code since} that did not finish or were claimed more than once. */
  public static long slotsNotRunExactlyOnce(OffsetDateTime since) {
    return ProfileDatabase.count(
        "SELECT count(*) FROM scheduled_run WHERE work = 'clause-sync' AND claimed_at >= ?"
            + " AND (finished_at IS NULL OR claims <> 1)",
        since);
  }

  /** Clause-sync job executions created since {@code since}, in the batch job repository. */
  public static long jobExecutionsSince(OffsetDateTime since) {
    return ProfileDatabase.count(
        "SELECT count(*) FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i"
            + " ON i.jobinstanceid = e.jobinstanceid"
            + " WHERE i.name = 'clause-sync' AND e.createtime >= ?",
        since.toLocalDateTime());
  }

  /** CLAUSE_SYNC_FINISHED events recorded for one job execution. */
  public static long finishEvents(String execution) {
    return ProfileDatabase.count(
        "SELECT count(*) FROM system_event WHERE kind = 'CLAUSE_SYNC_FINISHED' AND reference = ?",
        execution);
  }

  /**
   * A canonical digest of the stored register: every entry's content and whether it is active, in
   * register-number order, without the columns that name the sync that wrote it or when.
   */
  public static String registerDigest() {
    return ProfileDatabase.strings(
            "SELECT count(*) || ':' || coalesce(md5(string_agg(concat_ws('|', register_number,"
                + " judgment_date, case_signature, court, claimant, defendants, clause_text,"
                + " entry_date, remarks, sector, content_hash, active), E'\\n'"
                + " ORDER BY register_number)), '') FROM register_entry")
        .get(0);
  }

  /** The executions seen started, and when that list last changed. */
  private record Seen(List<String> executions, Instant at) {}
}
