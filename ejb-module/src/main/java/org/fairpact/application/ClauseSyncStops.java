package org.fairpact.application;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.logging.Logger;
import org.fairpact.domain.model.event.SystemEvent;

/**
 * Stops a running clause sync wherever it runs. JBatch stops only the executions of its own JVM
 * (its kernel keeps the running job threads in memory and answers {@code
 * JobExecutionNotRunningException} for any other, although the shared repository says STARTED), so
 * a stop this instance cannot carry out is recorded as a {@code CLAUSE_SYNC_STOP_REQUESTED} event,
 * and every instance applies the requests for executions it runs within a few seconds ({@link
 * #applyRequests}). Like any Jakarta Batch stop, the job stops at its next chunk boundary and is
 * then STOPPED, restartable from its checkpoint.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClauseSyncStops {

  @Inject ClauseSyncExecutions executions;
  @Inject SystemEvents events;
  @Inject Logger log;

  /** How a stop was carried out. */
  public enum Outcome {
    /** This instance runs the execution and told it to stop. */
    STOPPED_HERE,
    /** Another instance runs it; the request waits there for its next poll. */
    REQUESTED
  }

  /**
   * Stops the execution.
   *
   * @throws ClauseSyncNotRunningException if it is not STARTING, STARTED or STOPPING
   */
  public Outcome stop(long executionId, String by) {
    ClauseSyncExecution execution =
        executions
            .find(executionId)
            .orElseThrow(() -> new ClauseSyncNotRunningException(executionId, "unknown"));
    if (!execution.unfinished()) {
      throw new ClauseSyncNotRunningException(executionId, execution.status());
    }
    if (stopHere(executionId)) {
      return Outcome.STOPPED_HERE;
    }
    events.record(
        SystemEvent.CLAUSE_SYNC_STOP_REQUESTED,
        String.valueOf(executionId),
        Json.createObjectBuilder()
            .add("executionId", executionId)
            .add("by", by)
            .build()
            .toString());
    return Outcome.REQUESTED;
  }

  /** Stops the executions this instance runs that someone asked to stop; returns how many. */
  public int applyRequests() {
    int stopped = 0;
    for (long executionId : executions.running()) {
      if (events.countByKindAndReference(
                  SystemEvent.CLAUSE_SYNC_STOP_REQUESTED, String.valueOf(executionId))
              > 0
          && stopHere(executionId)) {
        log.info(() -> "clause-sync execution " + executionId + " stopped as requested");
        stopped++;
      }
    }
    return stopped;
  }

  private static boolean stopHere(long executionId) {
    try {
      BatchRuntime.getJobOperator().stop(executionId);
      return true;
    } catch (JobExecutionNotRunningException elsewhere) {
      return false;
    }
  }

  /** The execution is not running: nothing to stop. */
  @ApplicationException
  public static class ClauseSyncNotRunningException extends RuntimeException {

    public ClauseSyncNotRunningException(long executionId, String status) {
      super("clause-sync execution " + executionId + " is " + status + ", not running");
    }
  }
}
