package org.fairpact.application;

import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.event.SystemEvent;
import org.fairpact.domain.model.scheduling.Schedule;

/**
 * Marks ABANDONED the clause-sync executions whose instance died mid-job: STARTING, STARTED or
 * STOPPING in the shared repository, but with no heartbeat for {@code fairpact.sync.stale-after}
 * (default 15 min). An instance that runs a sync refreshes the execution row at every committed
 * chunk ({@link ClauseSyncExecutions#heartbeat}), so an execution that has not moved for that long
 * runs on no live member; it is also what {@link ClauseSyncs} already ignores when it decides
 * whether a sync runs. Executions this JVM's batch kernel runs are never taken, however quiet. Each
 * one gets a {@code CLAUSE_SYNC_ABANDONED} event. An abandoned execution is not restarted (a new
 * sync starts from the beginning).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClauseSyncReaper {

  @Inject ClauseSyncExecutions executions;
  @Inject SystemEvents events;
  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "fairpact.sync.stale-after", defaultValue = "15m")
  String staleAfter;

  /** Marks the dead executions; returns a one-line outcome. */
  public String reap() {
    Duration stale = Schedule.duration(staleAfter);
    LocalDateTime cutoff = LocalDateTime.now().minus(stale);
    int abandoned = 0;
    int failed = 0;
    Set<Long> runningHere = runningHere();
    for (long executionId : executions.unfinishedSince(cutoff)) {
      if (runningHere.contains(executionId)) {
        continue; // alive in this JVM, only slow between chunks
      }
      try {
        if (!executions.releaseDead(executionId, cutoff)) {
          continue; // it moved meanwhile: alive after all
        }
        BatchRuntime.getJobOperator().abandon(executionId);
        events.record(
            SystemEvent.CLAUSE_SYNC_ABANDONED,
            String.valueOf(executionId),
            Json.createObjectBuilder()
                .add("executionId", executionId)
                .add("reason", "no heartbeat for " + staleAfter + ": its instance is gone")
                .build()
                .toString());
        log.warning(() -> "clause-sync execution " + executionId + " abandoned: no heartbeat");
        abandoned++;
      } catch (RuntimeException e) {
        failed++;
        log.log(Level.WARNING, e, () -> "clause-sync execution " + executionId + " not abandoned");
      }
    }
    return "abandoned " + abandoned + ", errors " + failed;
  }

  /**
   * The executions this JVM runs: Payara's {@code getRunningExecutions} reads the running
   * executions from the repository and keeps those its own batch kernel holds.
   */
  private static Set<Long> runningHere() {
    try {
      return new HashSet<>(BatchRuntime.getJobOperator().getRunningExecutions(ClauseSyncs.JOB));
    } catch (NoSuchJobException never) {
      return Set.of();
    }
  }
}
