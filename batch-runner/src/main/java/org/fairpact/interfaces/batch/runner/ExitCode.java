package org.fairpact.interfaces.batch.runner;

import jakarta.batch.runtime.BatchStatus;

/**
 * The runner's exit codes: 0 only when the job COMPLETED, and one code per other outcome, so that
 * cron, a Kubernetes CronJob or a script can tell a failed run from a refused one.
 */
public enum ExitCode {
  /** The job ended COMPLETED. */
  COMPLETED(0),
  /** The job ended FAILED (a step failed: source unreadable, truncated source, database error). */
  FAILED(1),
  /** Unknown command or option, or a missing value: nothing was started. */
  USAGE(2),
  /** Another clause-sync execution is running, in a server or another runner: nothing started. */
  SYNC_RUNNING(3),
  /** The source is outside the allow-list ({@code fairpact.sync.source.*}): nothing started. */
  SOURCE_NOT_ALLOWED(4),
  /** The job ended STOPPED or ABANDONED. */
  STOPPED(5),
  /** The runner could not run the job: configuration missing, database unreachable, ... */
  ERROR(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The exit code of a job that ended with this batch status. */
  public static ExitCode of(BatchStatus status) {
    return switch (status) {
      case COMPLETED -> COMPLETED;
      case FAILED -> FAILED;
      case STOPPED, ABANDONED -> STOPPED;
        // still running when the runner gave up waiting: not a success
      case STARTING, STARTED, STOPPING -> ERROR;
    };
  }
}
