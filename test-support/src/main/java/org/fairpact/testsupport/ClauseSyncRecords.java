package org.fairpact.testsupport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the profile's database records about scheduled clause syncs: the slots the timers claimed,
 * the job executions they started and the events those executions left.
 */
public final class ClauseSyncRecords {

  private ClauseSyncRecords() {}

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
}
