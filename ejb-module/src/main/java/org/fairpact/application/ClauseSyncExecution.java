package org.fairpact.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One execution of the clause-sync job as the shared job repository records it, whichever instance
 * ran it. Times are JBatch's: local date-times of the server's zone.
 *
 * @param source the {@code source} parameter as logs quote it (abbreviated, "bundled" when empty)
 * @param steps the step executions in the order they started (empty before the first)
 */
public record ClauseSyncExecution(
    long executionId,
    long instanceId,
    String status,
    Optional<String> exitStatus,
    String source,
    Optional<LocalDateTime> createTime,
    Optional<LocalDateTime> startTime,
    Optional<LocalDateTime> endTime,
    Optional<LocalDateTime> updateTime,
    List<Step> steps) {

  /** Statuses of an execution that has not ended (or whose instance died before it could say). */
  public static final List<String> UNFINISHED = List.of("STARTING", "STARTED", "STOPPING");

  /** Statuses JBatch restarts from the last checkpoint. */
  public static final List<String> RESTARTABLE = List.of("STOPPED", "FAILED");

  public boolean unfinished() {
    return UNFINISHED.contains(status);
  }

  /** Items the step skipped, whether reading, processing or writing them. */
  public long skipped() {
    return steps.stream().mapToLong(Step::skipped).sum();
  }

  /** A step execution with JBatch's metrics. */
  public record Step(
      long stepExecutionId,
      String name,
      String status,
      Optional<String> exitStatus,
      Optional<LocalDateTime> startTime,
      Optional<LocalDateTime> endTime,
      long read,
      long write,
      long filter,
      long commit,
      long rollback,
      long readSkip,
      long processSkip,
      long writeSkip) {

    public long skipped() {
      return readSkip + processSkip + writeSkip;
    }
  }
}
